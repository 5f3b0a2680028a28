import {expect} from '@open-wc/testing';
import {defaultConfig, describeIssues, isSafeLink, validateConfig} from '../../src/core/config.js';

const paths = (input: unknown) => validateConfig(input).issues.map((i) => i.path);

describe('configuration', () => {
  it('the built-in default is the seed: four categories, four Opendatasoft cookies', () => {
    const config = defaultConfig();
    expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'first-party', 'third-party']);
    expect(config.categories.filter((c) => c.required).map((c) => c.id)).to.deep.equal(['necessary']);
    expect(config.cookies.map((c) => c.name)).to.deep.equal(['sessionid', 'django_language', 'csrftoken', 'cookies_preferences']);
    expect(config.cookies.every((c) => c.category === 'necessary' && c.provider === 'Opendatasoft')).to.equal(true);
    expect(config.cookie).to.deep.equal({name: 'cookies_preferences', maxAgeDays: 182, domain: null});
  });

  it('the built-in default passes its own validation', () => {
    const {config, issues, fallback} = validateConfig(defaultConfig());
    expect(issues).to.deep.equal([]);
    expect(fallback).to.equal(false);
    expect(config).to.deep.equal(defaultConfig());
  });

  it('an empty object gives the built-in default', () => {
    expect(validateConfig({}).config).to.deep.equal(defaultConfig());
  });

  it('a configuration with its own categories brings its own cookies', () => {
    const {config, issues} = validateConfig({
      revision: 3,
      site: {name: 'Ville de Test'},
      categories: [{id: 'necessary', required: true, title: 'Nécessaires'}, {id: 'video', title: {fr: 'Vidéos', en: 'Videos'}}],
      cookies: [{category: 'video', provider: 'PeerTube', name: 'pt_*', purpose: 'Lecture'}],
    });
    expect(issues).to.deep.equal([]);
    expect(config.revision).to.equal(3);
    expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'video']);
    expect(config.cookies.map((c) => c.name)).to.deep.equal(['pt_*']);
  });

  it('names the faulty field of each problem', () => {
    expect(
      paths({
        revision: 'two',
        cookie: {name: 'bad name;', maxAgeDays: -3, domain: 'a b'},
        categories: [{id: 'ok', title: 'OK'}, {id: '', title: 'x'}, {id: 'ok', title: 'again'}, {id: 'no-title'}],
        cookies: [{category: 'missing', provider: 'X', name: 'a', purpose: 'b'}, {category: 'ok', provider: 'X', name: 'a;b', purpose: 'b'}],
      })
    ).to.deep.equal([
      'revision',
      'cookie.name',
      'cookie.maxAgeDays',
      'cookie.domain',
      'categories[1].id',
      'categories[2].id',
      'categories[3].title',
      'cookies[0].category',
      'cookies[1].name',
    ]);
  });

  it('keeps what is valid next to what is not', () => {
    const {config} = validateConfig({
      categories: [{id: 'necessary', required: true, title: 'N'}, {id: 'stats', title: 'S'}, {id: 3}],
      cookies: [{category: 'stats', provider: 'Matomo', name: '_pk_id.*', purpose: 'Mesure'}, {category: 'stats'}],
    });
    expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'stats']);
    expect(config.cookies).to.have.length(1);
  });

  it('caps the decision lifetime at 13 months', () => {
    const {config, issues} = validateConfig({cookie: {maxAgeDays: 1000}});
    expect(config.cookie.maxAgeDays).to.equal(395);
    expect(issues[0].path).to.equal('cookie.maxAgeDays');
  });

  it('falls back to harmless categories when none is usable', () => {
    for (const input of [null, 'text', [], {categories: 'all'}, {categories: []}, {categories: [{id: 'x'}]}]) {
      const result = validateConfig(input);
      expect(result.fallback, JSON.stringify(input)).to.equal(true);
      expect(result.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'first-party', 'third-party']);
      expect(result.config.cookies).to.deep.equal([]);
      expect(result.issues.length).to.be.greaterThan(0);
    }
  });

  it('refuses links that could run script', () => {
    expect(isSafeLink('javascript:alert(1)')).to.equal(false);
    expect(isSafeLink(' JavaScript:alert(1)')).to.equal(false);
    expect(isSafeLink('data:text/html,x')).to.equal(false);
    expect(isSafeLink('//evil.example')).to.equal(false);
    expect(isSafeLink('/cookies')).to.equal(true);
    expect(isSafeLink('https://example.fr/cookies')).to.equal(true);
    expect(paths({site: {name: 'x', policyUrl: 'javascript:alert(1)'}})).to.deep.equal(['site.policyUrl']);
  });

  it('checks the integrations against the categories', () => {
    expect(
      paths({
        integrations: {
          googleConsentMode: {enabled: true, mapping: {statistics: ['analytics_storage'], nope: ['ad_storage'], 'third-party': 'ad_storage'}},
          matomo: {enabled: 'yes'},
        },
      })
    ).to.deep.equal([
      'integrations.googleConsentMode.mapping.nope',
      'integrations.googleConsentMode.mapping.third-party',
      'integrations.matomo.enabled',
    ]);
  });

  it('describes the problems in one console message', () => {
    const text = describeIssues('cookie-charter', 'src', [{path: 'categories[0].id', message: 'must be an identifier'}]);
    expect(text).to.equal('<cookie-charter>: invalid configuration (src):\n  - categories[0].id: must be an identifier');
  });
});

describe('reading a configuration outside the elements (npm core entry)', () => {
  it('reads the property, else the child script, at once', async () => {
    const {readInlineConfig} = await import('../../src/core/config-source.js');
    const host = document.createElement('div');
    expect(readInlineConfig(host, undefined)).to.equal(null);
    host.innerHTML = '<script type="application/json">{"revision": 7, "categories": "none"}</script>';
    const fromScript = readInlineConfig(host, undefined)!;
    expect(fromScript.source).to.equal('script');
    expect(fromScript.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'first-party', 'third-party']);
    expect(fromScript.fallback).to.equal(true);
    expect(fromScript.issues.map((i) => i.path)).to.deep.equal(['categories']);
    const fromProperty = readInlineConfig(host, {revision: 9})!;
    expect(fromProperty.source).to.equal('property');
    expect(fromProperty.config.cookies.map((c) => c.name)).to.include('sessionid');
  });

  it('fetches a file, and reports one it cannot fetch on the src field', async () => {
    const {fetchConfig} = await import('../../src/core/config-source.js');
    expect((await fetchConfig('/test/fixtures/config.json')).config.revision).to.equal(4);
    const missing = await fetchConfig('/test/fixtures/missing.json');
    expect(missing.issues[0].path).to.equal('src');
    expect(missing.fallback).to.equal(true);
  });
});
