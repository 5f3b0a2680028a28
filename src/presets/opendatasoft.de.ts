// The built-in configuration's texts in German (opendatasoft.ts has the French source).
import type {OpendatasoftTexts} from './opendatasoft.js';

export const texts: OpendatasoftTexts = {
  'necessary.title': 'Für den Betrieb der Plattform notwendige Cookies / funktionale Cookies',
  'necessary.description':
    '„Notwendige“ Cookies sind Erstanbieter-Cookies, die Informationen zwischen zwei Besuchen derselben Website auf demselben Gerät speichern. Mit ihnen lassen sich etwa ein Warenkorb, Anmeldedaten oder Einstellungen der Benutzeroberfläche speichern. Für sie ist keine Einwilligung erforderlich.',
  'statistics.title': 'Statistik-Cookies',
  'statistics.description':
    '„Statistik-Cookies“ erfassen, was eine Person auf einer Website tut. Sind die Statistiken anonym (lässt sich also niemand daraus identifizieren), ist keine Einwilligung erforderlich.',
  'first-party.title': 'Erstanbieter-Cookies (First-Party)',
  'first-party.description':
    '„Erstanbieter-Cookies“ oder „First-Party-Cookies“ werden von der besuchten Website gesetzt. Sie können zusätzlich zu den notwendigen Cookies gesetzt werden und dazu dienen, personenbezogene Daten zu erheben, das Nutzungsverhalten nachzuvollziehen und Werbung auszuspielen.',
  'third-party.title': 'Drittanbieter-Cookies (Third-Party)',
  'third-party.description':
    '„Drittanbieter-Cookies“ oder „Third-Party-Cookies“ werden auf einer Website A von einer Website B (oft einem Werbenetzwerk) oder in deren Auftrag gesetzt: So kann Website B sehen, welche Seiten der Website A eine Person besucht hat, und Informationen über sie sammeln.',
  'purpose.necessary.description':
    'Diese Cookies sorgen für den Betrieb der Plattform: Anmeldung, Sprachauswahl, Sicherheit der API-Aufrufe und Speicherung Ihrer Cookie-Auswahl. Für sie ist keine Einwilligung erforderlich.',
  'purpose.statistics.title': 'Reichweitenmessung',
  'purpose.statistics.description':
    'Diese Cookies messen, wie viele Personen die Plattform besuchen und wie ihre Seiten genutzt werden, um Inhalte und Bedienbarkeit zu verbessern. Sie werden nur mit Ihrer Einwilligung gesetzt.',
  'purpose.third-party.title': 'Inhalte und Dienste Dritter',
  'purpose.third-party.description':
    'Diese Cookies werden von Drittanbietern gesetzt, deren Inhalte in die Seiten der Plattform eingebunden sind (Videos, Karten, soziale Netzwerke …). Ohne Ihre Einwilligung werden diese Inhalte nicht angezeigt.',
  'sessionid.service': 'Authentifizierung (Front- und Backoffice)',
  'sessionid.purpose': 'Wiedererkennung beim Wechsel von einer Seite zur nächsten.',
  'sessionid.duration': '2 Wochen',
  'django_language.service': 'Sprachauswahl (Front- und Backoffice)',
  'django_language.purpose': 'Speicherung der gewählten Sprache.',
  'django_language.duration': 'Sitzung',
  'csrftoken.service': 'API (CSRF) (Front- und Backoffice)',
  'csrftoken.purpose': 'Abruf von Daten über API-Aufrufe.',
  'csrftoken.duration': '1 Jahr',
  'cookies_preferences.service': 'Ihre Cookie-Einstellungen',
  'cookies_preferences.purpose': 'Speicherung Ihrer Cookie-Auswahl.',
  'cookies_preferences.duration': '6 Monate',
};
