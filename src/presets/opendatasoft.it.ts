// The built-in configuration's texts in Italian (opendatasoft.ts has the French source).
import type {OpendatasoftTexts} from './opendatasoft.js';

export const texts: OpendatasoftTexts = {
  'necessary.title': 'Cookie necessari al corretto funzionamento della piattaforma / cookie funzionali',
  'necessary.description':
    'I cookie «necessari», di prima parte, consentono di registrare informazioni tra due visite allo stesso sito web dallo stesso dispositivo. Permettono di memorizzare un carrello, le credenziali di accesso o alcune impostazioni di personalizzazione dell’interfaccia. Non richiedono il consenso dell’utente.',
  'statistics.title': 'Cookie statistici',
  'statistics.description':
    'I cookie «statistici» consentono di seguire le azioni di un utente su un sito web. Quando le statistiche sono anonime (cioè non consentono di risalire a una persona), il consenso dell’utente non è necessario.',
  'first-party.title': 'Cookie di prima parte (first-party)',
  'first-party.description':
    'I cookie «di prima parte» o «first-party» sono installati dal sito visitato. Possono essere installati in aggiunta ai cookie necessari ed essere utilizzati per raccogliere dati personali, seguire il comportamento dell’utente e perseguire finalità pubblicitarie.',
  'third-party.title': 'Cookie di terze parti (third-party)',
  'third-party.description':
    'I cookie cosiddetti «di terze parti» o «third-party» sono installati su un sito A da un sito B (spesso una concessionaria pubblicitaria) o per suo conto: ciò consente al sito B di vedere quali pagine del sito A sono state visitate da un utente e di raccogliere informazioni su di lui.',
  'purpose.necessary.description':
    'Questi cookie garantiscono il funzionamento della piattaforma: accesso, scelta della lingua, sicurezza delle chiamate API e memorizzazione delle sue scelte sui cookie. Non richiedono il consenso dell’utente.',
  'purpose.statistics.title': 'Misurazione dell’audience',
  'purpose.statistics.description':
    'Questi cookie misurano quante persone visitano la piattaforma e come ne vengono utilizzate le pagine, per migliorarne i contenuti e la facilità d’uso. Sono installati solo con il suo consenso.',
  'purpose.third-party.title': 'Contenuti e servizi di terze parti',
  'purpose.third-party.description':
    'Questi cookie sono installati da servizi di terze parti i cui contenuti sono integrati nelle pagine della piattaforma (video, mappe, social network…). Senza il suo consenso, questi contenuti non vengono mostrati.',
  'sessionid.service': 'Autenticazione (front office e back office)',
  'sessionid.purpose': 'Ricordare l’utente da una pagina all’altra.',
  'sessionid.duration': '2 settimane',
  'django_language.service': 'Selezione della lingua (front office e back office)',
  'django_language.purpose': 'Ricordare la lingua del visitatore.',
  'django_language.duration': 'Sessione',
  'csrftoken.service': 'API (CSRF) (front office e back office)',
  'csrftoken.purpose': 'Recuperare dati tramite chiamate API.',
  'csrftoken.duration': '1 anno',
  'cookies_preferences.service': 'Preferenze sui cookie',
  'cookies_preferences.purpose': 'Ricordare la scelta del visitatore riguardo ai cookie.',
  'cookies_preferences.duration': '6 mesi',
};
