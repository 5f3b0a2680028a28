// Which text of a configuration a language shows: its own, else (a built-in text) its
// translation, else the map's first language, else French.
import {expect, oneEvent} from '@open-wc/testing';
import {pickText} from '../../src/core/text.js';

describe('pickText', () => {
  it('shows a plain string in every language, and nothing for no text', () => {
    expect(pickText('Matomo', 'de')).to.equal('Matomo');
    expect(pickText(undefined, 'nl')).to.equal('');
  });

  it('gives the asked language, else the first language written in the JSON, else French', () => {
    const cases: Array<[string, string, string]> = [
      ['{"fr": "Vidéos", "de": "Videos"}', 'de', 'Videos'],
      ['{"fr": "Vidéos", "de": "Videos"}', 'es', 'Vidéos'],
      ['{"nl": "Video’s", "fr": "Vidéos", "en": "Videos"}', 'it', 'Video’s'],
      ['{"en": "Videos", "fr": "Vidéos"}', 'es', 'Videos'],
      ['{"it": "", "fr": "Vidéos", "en": "Videos"}', 'de', 'Vidéos'],
      ['{"es": "Vídeos"}', 'fr', 'Vídeos'],
    ];
    for (const [json, lang, shown] of cases)
      expect(pickText(JSON.parse(json), lang as 'de'), `${json} in ${lang}`).to.equal(shown);
  });

  it('translates a text of the built-in configuration once its language is there, the map’s own text first', async () => {
    await import('../../src/presets/opendatasoft.js');
    const title = {fr: 'Cookies statistiques'};
    const arrived = oneEvent(window, 'lit-localize-status');
    expect(pickText(title, 'de'), 'French while the German texts load').to.equal('Cookies statistiques');
    await arrived;
    expect(pickText(title, 'de')).to.equal('Statistik-Cookies');
    expect(pickText({fr: 'Cookies statistiques', de: 'Besuchsstatistik'}, 'de')).to.equal('Besuchsstatistik');
    expect(pickText({fr: 'Mesure d’audience', en: 'Audience'}, 'de'), 'not a built-in text').to.equal(
      'Mesure d’audience'
    );
  });
});
