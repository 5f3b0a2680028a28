// Demo only: ?lang=en switches the page (and so both elements) to English.
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
document.documentElement.lang = lang;
for (const node of document.querySelectorAll('[data-fr]')) node.textContent = node.dataset[lang];
