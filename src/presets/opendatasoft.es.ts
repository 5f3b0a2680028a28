// The built-in configuration's texts in Spanish (opendatasoft.ts has the French source).
import type {OpendatasoftTexts} from './opendatasoft.js';

export const texts: OpendatasoftTexts = {
  'necessary.title': 'Cookies necesarias para el funcionamiento de la plataforma / cookies funcionales',
  'necessary.description':
    'Las cookies «necesarias», propias, permiten guardar información entre dos visitas a un mismo sitio web desde un mismo dispositivo. Sirven para guardar una cesta de la compra, los datos de inicio de sesión o ciertos ajustes de personalización de la interfaz. No requieren el consentimiento del usuario.',
  'statistics.title': 'Cookies de análisis',
  'statistics.description':
    'Las cookies «de análisis» permiten seguir las acciones de un usuario en un sitio web. Cuando las estadísticas son anónimas (es decir, no permiten identificar a una persona), no es necesario el consentimiento del usuario.',
  'first-party.title': 'Cookies propias (first-party)',
  'first-party.description':
    'Las cookies «propias» o «first-party» las instala el sitio que se visita. Pueden instalarse además de las cookies necesarias y utilizarse para recoger datos personales, seguir el comportamiento del usuario y servir a fines publicitarios.',
  'third-party.title': 'Cookies de terceros (third-party)',
  'third-party.description':
    'Las cookies «de terceros» o «third-party» son las que un sitio B (a menudo una red publicitaria) instala, directamente o a través de otro, en un sitio A: permiten al sitio B ver qué páginas del sitio A ha visitado un usuario y recoger información sobre él.',
  'purpose.necessary.description':
    'Estas cookies garantizan el funcionamiento de la plataforma: inicio de sesión, elección del idioma, seguridad de las llamadas a la API y registro de sus preferencias sobre las cookies. No requieren el consentimiento del usuario.',
  'purpose.statistics.title': 'Medición de audiencia',
  'purpose.statistics.description':
    'Estas cookies miden cuántas personas visitan la plataforma y cómo se usan sus páginas, para mejorar su contenido y su facilidad de uso. Solo se instalan con su consentimiento.',
  'purpose.third-party.title': 'Contenidos y servicios de terceros',
  'purpose.third-party.description':
    'Estas cookies las instalan servicios de terceros cuyos contenidos están integrados en las páginas de la plataforma (vídeos, mapas, redes sociales…). Sin su consentimiento, estos contenidos no se muestran.',
  'sessionid.service': 'Autenticación (front office y back office)',
  'sessionid.purpose': 'Recordar al usuario de una página a otra.',
  'sessionid.duration': '2 semanas',
  'django_language.service': 'Selección del idioma (front office y back office)',
  'django_language.purpose': 'Recordar el idioma del visitante.',
  'django_language.duration': 'Sesión',
  'csrftoken.service': 'API (CSRF) (front office y back office)',
  'csrftoken.purpose': 'Obtener datos mediante llamadas a la API.',
  'csrftoken.duration': '1 año',
  'cookies_preferences.service': 'Sus preferencias sobre las cookies',
  'cookies_preferences.purpose': 'Recordar la elección del visitante sobre las cookies.',
  'cookies_preferences.duration': '6 meses',
};
