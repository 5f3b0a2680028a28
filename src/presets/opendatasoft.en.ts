// The built-in configuration's texts in English (opendatasoft.ts has the French source).
import type {OpendatasoftTexts} from './opendatasoft.js';

export const texts: OpendatasoftTexts = {
  'necessary.title': 'Cookies needed for the platform to work / functional cookies',
  'necessary.description':
    '“Necessary” cookies are first-party cookies that keep information between two visits to the same website on the same device. They remember a shopping basket, login details or the way you set up the interface. They do not require your consent.',
  'statistics.title': 'Statistics cookies',
  'statistics.description':
    '“Statistics” cookies track what a visitor does on a website. When the statistics are anonymous (that is, no one can be identified from them), the visitor’s consent is not required.',
  'first-party.title': 'First-party cookies',
  'first-party.description':
    '“First-party” cookies are set by the website you are visiting. They may be set in addition to the necessary cookies and may be used to collect personal data, follow what you do and serve advertising purposes.',
  'third-party.title': 'Third-party cookies',
  'third-party.description':
    '“Third-party” cookies are set by (or for) a site B, often an advertising network, on a site A: they let site B see which pages of site A a visitor has viewed and collect information about them.',
  'purpose.necessary.description':
    'These cookies keep the platform working: login, language choice, security of API calls and remembering your cookie choices. They do not require your consent.',
  'purpose.statistics.title': 'Audience measurement',
  'purpose.statistics.description':
    'These cookies measure how many people visit the platform and how its pages are used, so that its content and ease of use can be improved. They are only set with your consent.',
  'purpose.third-party.title': 'Third-party content and services',
  'purpose.third-party.description':
    'These cookies are set by third-party services whose content is embedded in the platform’s pages (videos, maps, social networks…). Without your consent, this content is not shown.',
  'sessionid.service': 'Authentication (front and back office)',
  'sessionid.purpose': 'Remembers the user from one page to the next.',
  'sessionid.duration': '2 weeks',
  'django_language.service': 'Language selection (front and back office)',
  'django_language.purpose': 'Remembers the visitor’s language.',
  'django_language.duration': 'Session',
  'csrftoken.service': 'API (CSRF) (front and back office)',
  'csrftoken.purpose': 'Fetches data through API calls.',
  'csrftoken.duration': '1 year',
  'cookies_preferences.service': 'Your cookie preferences',
  'cookies_preferences.purpose': 'Remembers the choice the visitor made about cookies.',
  'cookies_preferences.duration': '6 months',
};
