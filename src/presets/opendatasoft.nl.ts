// The built-in configuration's texts in Dutch (opendatasoft.ts has the French source).
import type {OpendatasoftTexts} from './opendatasoft.js';

export const texts: OpendatasoftTexts = {
  'necessary.title': 'Cookies die nodig zijn voor de werking van het platform / functionele cookies',
  'necessary.description':
    '‘Noodzakelijke’ cookies zijn eigen cookies die informatie bewaren tussen twee bezoeken aan dezelfde website op hetzelfde apparaat. Ze onthouden bijvoorbeeld een winkelwagen, inloggegevens of instellingen van de interface. Hiervoor is geen toestemming van de gebruiker nodig.',
  'statistics.title': 'Analytische cookies',
  'statistics.description':
    '‘Analytische’ cookies volgen wat een bezoeker op een website doet. Als de statistieken anoniem zijn (dus niet tot een persoon te herleiden), is geen toestemming van de gebruiker nodig.',
  'first-party.title': 'Eigen cookies (first-party)',
  'first-party.description':
    '‘Eigen’ of ‘first-party’ cookies worden geplaatst door de website die u bezoekt. Ze kunnen naast de noodzakelijke cookies worden geplaatst en dienen dan bijvoorbeeld om persoonsgegevens te verzamelen, het gedrag van de gebruiker te volgen of reclame te tonen.',
  'third-party.title': 'Cookies van derden (third-party)',
  'third-party.description':
    '‘Cookies van derden’ of ‘third-party cookies’ worden door (of voor) een website B, vaak een advertentienetwerk, op een website A geplaatst: zo kan website B zien welke pagina’s van website A een gebruiker heeft bezocht en informatie over die gebruiker verzamelen.',
  'purpose.necessary.description':
    'Deze cookies zorgen ervoor dat het platform werkt: inloggen, taalkeuze, beveiliging van API-aanroepen en het onthouden van uw cookiekeuzes. Hiervoor is geen toestemming van de gebruiker nodig.',
  'purpose.statistics.title': 'Bezoekersstatistieken',
  'purpose.statistics.description':
    'Deze cookies meten hoeveel mensen het platform bezoeken en hoe de pagina’s worden gebruikt, om de inhoud en het gebruiksgemak te verbeteren. Ze worden alleen met uw toestemming geplaatst.',
  'purpose.third-party.title': 'Inhoud en diensten van derden',
  'purpose.third-party.description':
    'Deze cookies worden geplaatst door diensten van derden waarvan de inhoud in de pagina’s van het platform is opgenomen (video’s, kaarten, sociale netwerken …). Zonder uw toestemming wordt deze inhoud niet getoond.',
  'sessionid.service': 'Authenticatie (front- en backoffice)',
  'sessionid.purpose': 'Onthoudt de gebruiker van de ene pagina naar de andere.',
  'sessionid.duration': '2 weken',
  'django_language.service': 'Taalkeuze (front- en backoffice)',
  'django_language.purpose': 'Onthoudt de taal van de bezoeker.',
  'django_language.duration': 'Sessie',
  'csrftoken.service': 'API (CSRF) (front- en backoffice)',
  'csrftoken.purpose': 'Haalt gegevens op via API-aanroepen.',
  'csrftoken.duration': '1 jaar',
  'cookies_preferences.service': 'Uw cookievoorkeuren',
  'cookies_preferences.purpose': 'Onthoudt de keuze van de bezoeker over cookies.',
  'cookies_preferences.duration': '6 maanden',
};
