import {expect} from '@open-wc/testing';
import {catalogue} from '../../src/catalogue/catalogue.js';
import {SERVICE_IDS} from '../../src/catalogue/ids.js';
import {defaultConfig, validateConfig} from '../../src/core/config.js';
import {expandServices, namesServices} from '../../src/core/services.js';
import {namePattern} from '../../src/core/pattern.js';
import type {CatalogueService} from '../../src/catalogue/types.js';
import type {ConsentConfig} from '../../src/core/types.js';

const categories = [
  {id: 'necessary', required: true, title: 'Nécessaires'},
  {id: 'statistics', title: 'Statistiques'},
  {id: 'videos', title: 'Vidéos'},
];

/** Expands, then checks as the elements do. */
function load(input: unknown) {
  const expanded = expandServices(input, catalogue, () => defaultConfig().cookies);
  const checked = validateConfig(expanded.config);
  return {config: checked.config, issues: [...expanded.issues, ...checked.issues]};
}

const names = (config: ConsentConfig) => config.cookies.map((c) => c.name);

describe('the catalogue of services', () => {
  it('has at least 30 services, with unique ids in the order of SERVICE_IDS', () => {
    expect(catalogue.length).to.be.at.least(30);
    expect(catalogue.map((s) => s.id)).to.deep.equal([...SERVICE_IDS]);
  });

  it('gives every service a provider, a suggested category, bilingual texts and an https source', () => {
    for (const s of catalogue) {
      expect(s.provider, s.id).to.be.a('string').and.not.equal('');
      expect(['necessary', 'statistics', 'first-party', 'third-party'], s.id).to.include(s.category);
      expect(s.source, s.id).to.match(/^https:\/\/[^\s]+$/);
      expect(s.description.fr && s.description.en, s.id).to.be.a('string');
      for (const c of s.cookies) {
        expect(c.purpose.fr && c.purpose.en && c.duration.fr && c.duration.en, `${s.id} ${c.name}`).to.be.a('string');
        // A lone "*" would make withdrawal delete every cookie of the page.
        expect(c.name, s.id).to.match(/[^*]/);
      }
      expect(s.cookies.length + s.storage.length + s.hosts.length, `${s.id} names something`).to.be.above(0);
    }
  });

  it('every service passes the configuration check once expanded', () => {
    for (const s of catalogue) {
      const {issues, config} = load({categories, services: [{id: s.id, category: 'videos'}]});
      expect(issues, s.id).to.deep.equal([]);
      expect(config.cookies.length, s.id).to.equal(s.cookies.length);
    }
  });

  it('notes the CNIL exemption of Matomo, Piano Analytics and the consent managers', () => {
    const exempt = catalogue.filter((s) => s.exemption).map((s) => s.id);
    for (const id of ['matomo', 'matomo-cloud', 'piano-analytics', 'tarteaucitron', 'axeptio', 'didomi', 'cookiebot']) {
      expect(exempt).to.include(id);
    }
    expect(exempt).not.to.include('google-analytics');
  });
});

describe('expandServices', () => {
  it('leaves a configuration without services as it is', () => {
    const input = {categories, cookies: []};
    expect(namesServices(input)).to.equal(false);
    expect(expandServices(input, catalogue)).to.deep.equal({config: input, issues: [], services: []});
    expect(namesServices({services: []})).to.equal(true);
  });

  it('adds a service’s cookies under the category named, with provider, service, purpose and duration', () => {
    const {config, issues} = load({categories, cookies: [], services: [{id: 'matomo', category: 'statistics'}]});
    expect(issues).to.deep.equal([]);
    const id = config.cookies.find((c) => c.name === '_pk_id.*')!;
    expect(id).to.deep.equal({
      category: 'statistics',
      provider: 'Matomo (InnoCraft)',
      service: 'Matomo (auto-hébergé)',
      name: '_pk_id.*',
      purpose: {fr: 'Identifiant du visiteur (mesure d’audience)', en: 'Visitor identifier (audience measurement)'},
      duration: {fr: '13 mois', en: '13 months'},
    });
    expect(config.cookies.every((c) => c.category === 'statistics')).to.equal(true);
  });

  it('uses the suggested category when the entry names none, and accepts an id alone', () => {
    const {config, issues} = load({categories, services: ['google-analytics', {id: 'cookie-consent'}]});
    expect(issues).to.deep.equal([]);
    expect(config.cookies.find((c) => c.name === '_ga')!.category).to.equal('statistics');
    expect(config.cookies.find((c) => c.name === 'cookies_preferences')!.category).to.equal('necessary');
  });

  it('lets the configuration’s own cookies win by name, and the first service over the next', () => {
    const own = {category: 'necessary', provider: 'Ville', name: '_pk_ses.*', purpose: 'Exemptée'};
    const {config} = load({
      categories,
      cookies: [own],
      services: [
        {id: 'opendatasoft', category: 'necessary'},
        {id: 'cookie-consent', category: 'statistics'},
        {id: 'matomo', category: 'statistics'},
      ],
    });
    expect(config.cookies[0]).to.deep.equal(own);
    expect(config.cookies.filter((c) => c.name === '_pk_ses.*')).to.have.length(1);
    const preferences = config.cookies.filter((c) => c.name === 'cookies_preferences');
    expect(preferences.map((c) => c.provider)).to.deep.equal(['Opendatasoft']);
  });

  it('adds storage keys, the configuration’s own winning', () => {
    const {config, issues} = load({
      categories,
      storage: [{category: 'necessary', storage: 'local', key: '_hjUserAttributes'}],
      services: [{id: 'hotjar', category: 'statistics'}],
    });
    expect(issues).to.deep.equal([]);
    expect(config.storage).to.deep.equal([
      {category: 'necessary', storage: 'local', key: '_hjUserAttributes'},
      {category: 'statistics', storage: 'session', key: '_hjRecordingLastActivity'},
      {category: 'statistics', storage: 'local', key: '_hjLocalStorageTest'},
    ]);
  });

  it('names the faulty field of an unknown service or category, and keeps the rest', () => {
    const {config, issues} = load({
      categories,
      services: [
        {id: 'nope'},
        {id: 'youtube', category: 'missing'},
        42,
        {id: 'hotjar', category: 'statistics'},
        {id: 'hotjar'},
        {id: 'youtube'},
      ],
    });
    expect(issues).to.deep.equal([
      {path: 'services[0].id', message: '"nope" is not a service of the catalogue'},
      {path: 'services[1].category', message: 'must be the id of a category (necessary, statistics, videos)'},
      {path: 'services[2]', message: 'must be a service id or an object such as {"id": "matomo"}'},
      {path: 'services[4].id', message: '"hotjar" is named twice'},
      {
        path: 'services[5].category',
        message: 'is needed: the suggested "third-party" is not a category here (necessary, statistics, videos)',
      },
    ]);
    expect(names(config)).to.include('_hjSession_*');
    expect(names(config)).not.to.include('YSC');
  });

  it('reports services that are not a list', () => {
    const input = {categories, services: {id: 'matomo'}};
    expect(expandServices(input, catalogue).issues).to.deep.equal([
      {path: 'services', message: 'must be a list such as [{"id": "matomo", "category": "statistics"}]'},
    ]);
  });

  it('with the built-in categories, adds to the built-in cookies', () => {
    const {config, issues} = load({services: [{id: 'youtube'}]});
    expect(issues).to.deep.equal([]);
    expect(names(config).slice(0, 4)).to.deep.equal([
      'sessionid',
      'django_language',
      'csrftoken',
      'cookies_preferences',
    ]);
    expect(names(config)).to.include('VISITOR_INFO1_LIVE');
    expect(config.cookies.find((c) => c.name === 'YSC')!.category).to.equal('third-party');
  });

  it('keeps a malformed cookies field for the check to report', () => {
    const {issues} = load({categories, cookies: 'none', services: ['matomo']});
    expect(issues.map((i) => i.path)).to.deep.equal(['cookies']);
  });

  it('never changes its input, and can run on a small stand-in catalogue', () => {
    const tiny: CatalogueService[] = [
      {
        id: 'vimeo',
        name: 'V',
        provider: 'P',
        description: {fr: 'd', en: 'd'},
        category: 'third-party',
        cookies: [{name: 'v', purpose: {fr: 'p', en: 'p'}, duration: {fr: 'd', en: 'd'}}],
        storage: [],
        hosts: [],
        source: 'https://example.org/',
      },
    ];
    const input = {categories, cookies: [], services: [{id: 'vimeo', category: 'videos'}]};
    const frozen = JSON.stringify(input);
    const {config} = expandServices(input, tiny);
    expect(JSON.stringify(input)).to.equal(frozen);
    expect((config as ConsentConfig).cookies.map((c) => c.name)).to.deep.equal(['v']);
  });

  it('expanded patterns match the names the services set', () => {
    const {config} = load({services: ['hotjar', 'google-analytics']});
    const matches = (name: string) => config.cookies.some((c) => namePattern(c.name)(name));
    expect(matches('_hjSessionUser_123456')).to.equal(true);
    expect(matches('_ga_ABC123')).to.equal(true);
    expect(matches('_gaX')).to.equal(false);
  });
});
