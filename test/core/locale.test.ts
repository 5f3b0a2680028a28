import {expect, fixture, html} from '@open-wc/testing';
import {normalizeLang, resolveLang, onLangChange} from '../../src/core/locale.js';

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'fr'));

  it('normalises region codes and refuses languages without texts', () => {
    expect(normalizeLang('fr-FR')).to.equal('fr');
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('EN_us')).to.equal('en');
    for (const [tag, lang] of [
      ['de-AT', 'de'],
      ['de-CH', 'de'],
      ['es-419', 'es'],
      ['it-CH', 'it'],
      ['nl-BE', 'nl'],
      ['NL_nl', 'nl'],
    ]) {
      expect(normalizeLang(tag), tag).to.equal(lang);
    }
    expect(normalizeLang('pt-BR')).to.equal(null);
    expect(normalizeLang('')).to.equal(null);
    expect(normalizeLang(null)).to.equal(null);
  });

  it('prefers the element, then its nearest ancestor, then <html>', async () => {
    const root = await fixture(
      html`<div lang="en-GB"><section><p id="a"></p><p id="b" lang="fr-CA"></p></section></div>`
    );
    expect(resolveLang(root.querySelector('#a')!)).to.equal('en');
    expect(resolveLang(root.querySelector('#b')!)).to.equal('fr');
    const loose = await fixture(html`<p></p>`);
    document.documentElement.lang = 'en';
    expect(resolveLang(loose)).to.equal('en');
  });

  it('crosses shadow roots to find the host page language', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('falls back to French for a language without translation', async () => {
    const el = await fixture(html`<p lang="pt"></p>`);
    expect(resolveLang(el)).to.equal('fr');
  });

  it('uses the browser language when no lang is declared anywhere, else French', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture(html`<p></p>`);
    const browser = (languages: string[]) =>
      Object.defineProperty(navigator, 'languages', {value: languages, configurable: true});
    try {
      browser(['en-GB', 'fr']);
      expect(resolveLang(el)).to.equal('en');
      browser(['de-DE', 'en']);
      expect(resolveLang(el)).to.equal('de');
      browser(['pt-PT', 'en']);
      expect(resolveLang(el)).to.equal('fr');
      browser(['fr-CA']);
      expect(resolveLang(el)).to.equal('fr');
    } finally {
      delete (navigator as unknown as {languages?: unknown}).languages;
    }
  });

  it('tells listeners when a lang attribute changes', async () => {
    let calls = 0;
    const stop = onLangChange(() => calls++);
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    stop();
    document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r));
    expect(calls).to.equal(1);
  });
});
