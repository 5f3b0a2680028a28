import {expect} from '@open-wc/testing';
import {defaultConfig, describeIssues, isSafeLink, validateConfig} from '../../src/core/config.js';
import {contactLink, isEndpoint, PLACEHOLDER_BASE, resolveHttp} from '../../src/core/links.js';
import {LINK_CORPUS, parsedProtocol, SCRIPT_LINKS} from '../helpers/links.js';
import {pickText} from '../../src/core/text.js';

const paths = (input: unknown) => validateConfig(input).issues.map((i) => i.path);

describe('configuration', () => {
  it("the built-in default is the seed's charter: purposes as categories, four Opendatasoft cookies, four kinds", () => {
    const config = defaultConfig();
    expect(config.revision).to.equal(2);
    expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'third-party']);
    expect(config.cookieTypes!.map((t) => pickText(t.title, 'fr'))).to.deep.equal([
      'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
      'Cookies statistiques',
      'Cookies internes (first-party)',
      'Cookies tiers (third-party)',
    ]);
    expect(config.categories.filter((c) => c.required).map((c) => c.id)).to.deep.equal(['necessary']);
    expect(config.cookies.map((c) => c.name)).to.deep.equal([
      'sessionid',
      'django_language',
      'csrftoken',
      'cookies_preferences',
    ]);
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

  it('without a revision: 1 with categories of its own, the built-in one (2) with the built-in categories', () => {
    const own = validateConfig({
      categories: [
        {id: 'necessary', required: true, title: 'N'},
        {id: 'a', title: 'A'},
      ],
    });
    expect(own.config.revision).to.equal(1);
    const builtIn = validateConfig({site: {name: 'Ville de Test'}});
    expect(builtIn.config.revision).to.equal(2);
    expect(builtIn.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'third-party']);
    expect(builtIn.config.cookieTypes).to.have.length(4);
  });

  it('a configuration with its own categories brings its own cookies', () => {
    const {config, issues} = validateConfig({
      revision: 3,
      site: {name: 'Ville de Test'},
      categories: [
        {id: 'necessary', required: true, title: 'Nécessaires'},
        {id: 'video', title: {fr: 'Vidéos', en: 'Videos'}},
      ],
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
        cookies: [
          {category: 'missing', provider: 'X', name: 'a', purpose: 'b'},
          {category: 'ok', provider: 'X', name: 'a;b', purpose: 'b'},
        ],
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
      expect(result.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'third-party']);
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

  it('judges addresses by parsing them, whatever their disguise', () => {
    for (const link of LINK_CORPUS) {
      const label = JSON.stringify(link);
      const {config, issues} = validateConfig({site: {name: 'x', url: link, policyUrl: link}});
      const kept = config.site.policyUrl;
      if (kept === undefined) {
        expect(
          issues.map((i) => i.path),
          label
        ).to.include('site.policyUrl');
      } else {
        // Kept as written, and as a link it is an http(s) address, never something that runs.
        expect(kept, label).to.equal(link);
        expect(parsedProtocol(kept), label).to.match(/^https?:$/);
        expect(isSafeLink(kept), label).to.equal(true);
      }
      if (config.site.url !== undefined) expect(new URL(config.site.url).protocol, label).to.match(/^https?:$/);
      else
        expect(
          issues.map((i) => i.path),
          label
        ).to.include('site.url');
    }
    for (const link of SCRIPT_LINKS) {
      const label = JSON.stringify(link);
      expect(paths({site: {name: 'x', url: link, policyUrl: link}}), label).to.deep.equal([
        'site.url',
        'site.policyUrl',
      ]);
      expect(isSafeLink(link), label).to.equal(false);
      expect(resolveHttp(link, PLACEHOLDER_BASE), label).to.equal(null);
    }
    // Relative links stay relative, and on this site: a text that names another host without a
    // scheme is refused (an absolute address may name any host).
    for (const link of ['/cookies', 'cookies.html', '?page=cookies', '#cookies', 'https://other.example/x']) {
      expect(validateConfig({site: {name: 'x', policyUrl: link}}).config.site.policyUrl, link).to.equal(link);
    }
    for (const link of ['//evil.test/x', '/\\evil.test/x', '\\\\evil.test/x', '\\/evil.test/x', '/\t/evil.test/x']) {
      expect(paths({site: {name: 'x', policyUrl: link}}), JSON.stringify(link)).to.deep.equal(['site.policyUrl']);
    }
    // `site.url` is absolute.
    expect(paths({site: {name: 'x', url: '/'}})).to.deep.equal(['site.url']);
    expect(paths({site: {name: 'x', url: 'https:example.fr'}})).to.deep.equal([]);
  });

  it("sends proofs to an http(s) address or to a path on the page's own origin only", () => {
    const offSite = [
      '/\\evil.test/collect',
      '\\\\evil.test/collect',
      '//evil.test/collect',
      '/\t/evil.test/x',
      '/\n/evil.test/x',
      '\\/evil.test/x',
      '\u0001//evil.test/x',
      ' /proofs',
      'proofs',
      'javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:,x',
      'ftp://evil.test/',
      '',
      '/\\\\evil.test',
    ];
    for (const endpoint of offSite) {
      const label = JSON.stringify(endpoint);
      expect(isEndpoint(endpoint), label).to.equal(false);
      expect(paths({proof: {endpoint}}), label).to.deep.equal(['proof.endpoint']);
      expect(validateConfig({proof: {endpoint}}).config.proof, label).to.equal(undefined);
    }
    for (const endpoint of [
      '/proofs',
      '/a/../proofs?x=1',
      '/%5Cevil.test/x',
      'https://proof.example.fr/x',
      'http://localhost:9/x',
    ]) {
      expect(validateConfig({proof: {endpoint}}).config.proof, endpoint).to.deep.equal({endpoint});
    }
  });

  it('checks the integrations against the categories', () => {
    expect(
      paths({
        integrations: {
          googleConsentMode: {
            enabled: true,
            mapping: {statistics: ['analytics_storage'], nope: ['ad_storage'], 'third-party': 'ad_storage'},
          },
          matomo: {enabled: 'yes'},
        },
      })
    ).to.deep.equal([
      'integrations.googleConsentMode.mapping.nope',
      'integrations.googleConsentMode.mapping.third-party',
      'integrations.matomo.enabled',
    ]);
  });

  it('reports each problem with its path and message, and keeps the rest', () => {
    const {config, issues, fallback} = validateConfig({
      revision: -1,
      updated: 'soon',
      site: {name: 5, url: 'ftp://example.fr', policyUrl: 'javascript:alert(1)'},
      cookie: {name: 'a;b', maxAgeDays: 0, domain: 'a b'},
      categories: [
        {id: 'necessary', required: true, title: 'N'},
        'video',
        {id: 'bad id', title: 'B'},
        {id: 'necessary', title: 'again'},
        {id: 'stats', title: {}},
        {id: 'ads', title: 'A', required: 'yes'},
        {id: 'video', title: 'V', required: false, description: 3},
      ],
      cookies: [
        'sessionid',
        {category: 'ads', provider: 'X', name: 'a', purpose: 'b'},
        {category: 'video', provider: 'X', name: 'a;b', purpose: 'b'},
        {category: 'video', provider: 1, name: 'a', purpose: 'b'},
        {category: 'video', provider: 'X', name: 'a', purpose: {}},
        {category: 'video', provider: 'X', name: 'a', purpose: 'b', service: 1, duration: [], domain: 'a b', path: 'a'},
      ],
      storage: [
        3,
        {category: 'ads', storage: 'local', key: 'k'},
        {category: 'video', storage: 'disk', key: 'k'},
        {category: 'video', storage: 'local', key: ''},
        {category: 'video', storage: 'session', key: 'k'},
      ],
      integrations: {
        googleConsentMode: {enabled: true, mapping: {video: 'x', ads: ['ad_storage']}},
        matomo: {enabled: true, category: 'ads'},
      },
      proof: {endpoint: '//evil.example'},
    });
    const text = 'must be a text or a {"fr": …, "en": …} map';
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['revision', 'must be a whole number, 0 or more, or "auto"'],
      ['updated', 'must be a date such as "2024-05-01"'],
      ['site.name', text],
      ['site.url', 'must be an http(s) address'],
      ['site.policyUrl', 'must be an http(s) or relative address'],
      ['cookie.name', 'must be a valid cookie name (letters, digits, _ and -)'],
      ['cookie.maxAgeDays', 'must be a number of days from 1 to 395'],
      ['cookie.domain', 'must be a domain name such as "example.fr", or null'],
      ['categories[1]', 'must be an object'],
      ['categories[2].id', 'must be an identifier (letters, digits, _ and -)'],
      ['categories[3].id', '"necessary" is used twice'],
      ['categories[4].title', text],
      ['categories[5].required', 'must be true or false'],
      ['categories[6].description', text],
      ['cookies[0]', 'must be an object'],
      ['cookies[1].category', 'must be the id of a category (necessary, video)'],
      ['cookies[2].name', 'must be a cookie name or a pattern such as "_ga*"'],
      ['cookies[3].provider', 'must be a text'],
      ['cookies[4].purpose', 'must be a text'],
      ['cookies[5].service', 'must be a text'],
      ['cookies[5].duration', 'must be a text'],
      ['cookies[5].domain', 'must be a domain name'],
      ['cookies[5].path', 'must start with "/"'],
      ['storage[0]', 'must be an object'],
      ['storage[1].category', 'must be the id of a category'],
      ['storage[2].storage', 'must be "local" or "session"'],
      ['storage[3].key', 'must be a key or a pattern'],
      ['integrations.googleConsentMode.mapping.video', 'must be a list of consent types such as "analytics_storage"'],
      ['integrations.googleConsentMode.mapping.ads', 'is not the id of a category'],
      ['integrations.matomo.category', 'must be the id of a category'],
      ['proof.endpoint', 'must be an http(s) address or a path on this site starting with "/"'],
    ]);
    expect(fallback).to.equal(false);
    expect(config).to.deep.equal({
      revision: 1,
      site: {name: 'data.seineouest.fr', url: undefined},
      cookie: {name: 'cookies_preferences', maxAgeDays: 182, domain: null},
      categories: [
        {id: 'necessary', title: 'N', required: true},
        {id: 'video', title: 'V'},
      ],
      cookies: [{category: 'video', provider: 'X', name: 'a', purpose: 'b'}],
      storage: [{category: 'video', storage: 'session', key: 'k'}],
      integrations: {googleConsentMode: {enabled: true, mapping: {}}, matomo: {enabled: true}},
    });
  });

  it('names what is not an object, a list or a flag where it stands', () => {
    const messages = (input: unknown) => validateConfig(input).issues.map((i) => [i.path, i.message]);
    expect(
      messages({
        site: 'x',
        cookie: {maxAgeDays: 1000},
        cookies: 'all',
        storage: {},
        integrations: {googleConsentMode: {enabled: 1}, matomo: 'on'},
        proof: 'https://x',
      })
    ).to.deep.equal([
      ['site', 'must be an object with a "name"'],
      ['cookie.maxAgeDays', 'must be at most 395 days (13 months); 395 is used'],
      ['cookies', 'must be a list of cookies'],
      ['storage', 'must be a list'],
      ['integrations.googleConsentMode.enabled', 'must be true or false'],
      ['integrations.matomo.enabled', 'must be true or false'],
      ['proof', 'must be an object such as {"endpoint": "https://…"}'],
    ]);
    expect(messages({cookie: 'x', integrations: [], proof: {}})).to.deep.equal([
      ['cookie', 'must be an object'],
      ['integrations', 'must be an object'],
      ['proof.endpoint', 'must be an http(s) address or a path on this site starting with "/"'],
    ]);
    expect(messages({integrations: {googleConsentMode: {enabled: false, mapping: []}}, proof: null})).to.deep.equal([
      ['integrations.googleConsentMode.mapping', 'must be an object'],
    ]);
    expect(messages({categories: 'all'})).to.deep.equal([['categories', 'must be a list of categories']]);
    expect(messages({categories: [{id: 'x'}]})).to.deep.equal([
      ['categories[0].title', 'must be a text or a {"fr": …, "en": …} map'],
      ['categories', 'holds no valid category'],
    ]);
    expect(messages(null)).to.deep.equal([['(root)', 'the configuration must be a JSON object']]);
  });

  it('an unusable configuration keeps the name of its site', () => {
    const {config, fallback} = validateConfig({site: {name: 'Ville', url: 'https://ville.fr'}, categories: 'all'});
    expect(fallback).to.equal(true);
    expect(config.site).to.deep.equal({name: 'Ville', url: 'https://ville.fr'});
    expect(validateConfig({site: {name: 3}, categories: 'all'}).config.site).to.deep.equal(
      validateConfig(null).config.site
    );
  });

  it('accepts category ids named like Object members, and refuses __proto__ by the identifier rule', () => {
    const ids = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
    const {config, issues} = validateConfig({
      categories: ids.map((id, i) => ({id, title: id, required: i === 0})),
      cookies: [{category: 'toString', provider: 'X', name: 'x', purpose: 'p'}],
      storage: [{category: 'valueOf', storage: 'local', key: 'k'}],
      integrations: {
        googleConsentMode: {enabled: true, mapping: {hasOwnProperty: ['analytics_storage']}},
        matomo: {enabled: true, category: 'constructor'},
      },
    });
    expect(issues).to.deep.equal([]);
    expect(config.categories.map((c) => c.id)).to.deep.equal(ids);
    expect(config.integrations?.googleConsentMode?.mapping).to.deep.equal({hasOwnProperty: ['analytics_storage']});
    // A category the list lacks is not found through an inherited member either.
    expect(
      paths({
        categories: [{id: 'necessary', title: 'N'}],
        integrations: {matomo: {enabled: true, category: 'toString'}},
      })
    ).to.deep.equal(['integrations.matomo.category']);
    expect(
      paths({
        categories: [
          {id: 'necessary', title: 'N'},
          {id: '__proto__', title: 't'},
        ],
      })
    ).to.deep.equal(['categories[1].id']);
  });

  it('checking a JSON text with __proto__ keys changes no prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const input = JSON.parse(
      '{"__proto__": {"x": 1}, "site": {"name": "s", "__proto__": {"policyUrl": "javascript:alert(1)"}},' +
        ' "categories": [{"id": "__proto__", "title": "t"}, {"id": "necessary", "title": "n", "__proto__": {"required": true}}],' +
        ' "cookies": [{"__proto__": {"x": 1}, "category": "necessary", "provider": "p", "name": "n", "purpose": "p"}],' +
        ' "integrations": {"googleConsentMode": {"enabled": true, "mapping": {"__proto__": ["ad_storage"], "necessary": ["security_storage"]}}}}'
    );
    const {config, issues} = validateConfig(input);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.deep.equal([
      'categories[0].id',
      'integrations.googleConsentMode.mapping.__proto__',
    ]);
    expect(config.categories).to.deep.equal([{id: 'necessary', title: 'n'}]);
    expect(config.site.policyUrl).to.equal(undefined);
    const mapping = config.integrations!.googleConsentMode!.mapping!;
    expect(Object.getPrototypeOf(mapping)).to.equal(Object.prototype);
    expect(mapping).to.deep.equal({necessary: ['security_storage']});
    for (const part of [config, config.site, config.categories[0], config.cookies[0]]) {
      expect(Object.getPrototypeOf(part)).to.equal(Object.prototype);
    }
  });

  it('reads only the fields a configuration holds itself, never inherited ones', () => {
    // A page whose Object.prototype was polluted: nothing reaches the checked configuration.
    const polluted = {
      proof: {endpoint: 'https://evil.test/collect'},
      policyUrl: 'https://evil.test/',
      required: true,
    };
    for (const [key, value] of Object.entries(polluted)) {
      Object.defineProperty(Object.prototype, key, {value, configurable: true, writable: true});
    }
    try {
      const {config, issues} = validateConfig({site: {name: 'Ville'}, categories: [{id: 'audience', title: 'A'}]});
      expect(issues).to.deep.equal([]);
      expect(Object.hasOwn(config, 'proof')).to.equal(false);
      expect(Object.hasOwn(config.site, 'policyUrl')).to.equal(false);
      expect(Object.hasOwn(config.categories[0], 'required')).to.equal(false);
    } finally {
      for (const key of Object.keys(polluted)) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  it('keeps a controller and a DPO with their contacts, and drops a contact that is no address', () => {
    const controller = {name: {fr: 'Ville de Test', en: 'City of Test'}, address: '1 place\n92100 Test'};
    const kept = validateConfig({
      controller: {...controller, contact: 'dpo@ville.fr'},
      dpo: {contact: 'https://x.fr/dpo'},
    });
    expect(kept.issues).to.deep.equal([]);
    expect(kept.warnings).to.deep.equal([]);
    expect(kept.config.controller).to.deep.equal({...controller, contact: 'dpo@ville.fr'});
    expect(kept.config.dpo).to.deep.equal({contact: 'https://x.fr/dpo'});

    const hostile = validateConfig({
      controller: {...controller, contact: 'java\tscript:alert(1)'},
      dpo: {contact: 'mailto:dpo@ville.fr?body=<script>'},
    });
    expect(hostile.issues).to.deep.equal([
      {path: 'controller.contact', message: 'must be an e-mail address or an http(s) address'},
      {path: 'dpo.contact', message: 'must be an e-mail address or an http(s) address'},
    ]);
    expect(hostile.config.controller).to.deep.equal(controller);
    expect(hostile.config.dpo).to.equal(undefined);

    expect(paths({controller: 'Ville', dpo: []})).to.deep.equal(['controller', 'dpo']);
    expect(paths({controller: {address: 'x'}, dpo: {}})).to.deep.equal(['controller.name', 'dpo.contact']);
    expect(validateConfig({controller: null, dpo: null}).issues).to.deep.equal([]);
  });

  it('warns, without an error, when the controller is missing', () => {
    for (const input of [{}, {controller: null}, {site: {name: 'Ville'}, categories: [{id: 'a', title: 'A'}]}]) {
      const {issues, warnings} = validateConfig(input);
      expect(issues, JSON.stringify(input)).to.deep.equal([]);
      expect(
        warnings!.map((w) => w.path),
        JSON.stringify(input)
      ).to.deep.equal(['controller']);
      expect(warnings![0].message).to.match(/^missing: /);
    }
    // A controller dropped for a fault: the error, and the warning.
    const dropped = validateConfig({controller: {contact: 'dpo@ville.fr'}});
    expect(dropped.issues.map((i) => i.path)).to.deep.equal(['controller.name']);
    expect(dropped.warnings!.map((w) => w.path)).to.deep.equal(['controller']);
  });

  it('describes the problems in one console message', () => {
    const text = describeIssues('cookie-charter', 'src', [
      {path: 'categories[0].id', message: 'must be an identifier'},
    ]);
    expect(text).to.equal(
      '<cookie-charter>: invalid configuration (src):\n  - categories[0].id: must be an identifier'
    );
  });
});

describe('contactLink', () => {
  it('gives a mailto: link for an e-mail address, an http(s) link for a page, nothing else', () => {
    expect(contactLink('dpo@ville.example.fr')).to.deep.equal({
      href: 'mailto:dpo@ville.example.fr',
      text: 'dpo@ville.example.fr',
    });
    expect(contactLink(' MAILTO:dpo@ville.example.fr ')).to.deep.equal({
      href: 'mailto:dpo@ville.example.fr',
      text: 'dpo@ville.example.fr',
    });
    expect(contactLink('https://ville.example.fr/contact')).to.deep.equal({
      href: 'https://ville.example.fr/contact',
      text: 'https://ville.example.fr/contact',
    });
    for (const refused of [
      'mailto:dpo@ville.example.fr?body=x',
      'dpo@localhost',
      '/contact',
      'contact.html',
      42,
      null,
    ]) {
      expect(contactLink(refused), JSON.stringify(refused)).to.equal(null);
    }
    for (const v of LINK_CORPUS) {
      const link = contactLink(v);
      if (link) expect(parsedProtocol(link.href), JSON.stringify(v)).to.be.oneOf(['http:', 'https:', 'mailto:']);
    }
    for (const v of SCRIPT_LINKS.filter((l) => !l.startsWith('mailto:'))) {
      expect(contactLink(v), JSON.stringify(v)).to.equal(null);
    }
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
    expect(fromScript.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'third-party']);
    expect(fromScript.fallback).to.equal(true);
    expect(fromScript.issues.map((i) => i.path)).to.deep.equal(['categories']);
    host.innerHTML = '<script type="application/json">{"revision": 7,</script>';
    const broken = readInlineConfig(host, undefined)!;
    expect(broken.source).to.equal('script');
    expect(broken.fallback).to.equal(true);
    expect(broken.issues.map((i) => i.path)).to.deep.equal(['(root)']);
    expect(broken.issues[0].message).to.match(/^not valid JSON \(.+\)$/);
    host.innerHTML = '<script type="application/json">{"revision": 7, "categories": "none"}</script>';
    const fromProperty = readInlineConfig(host, {revision: 9})!;
    expect(fromProperty.source).to.equal('property');
    expect(fromProperty.config.cookies.map((c) => c.name)).to.include('sessionid');
  });

  it('fetches a file, and reports one it cannot fetch on the src field', async () => {
    const {fetchConfig} = await import('../../src/core/config-source.js');
    expect((await fetchConfig('/test/fixtures/config.json')).config.revision).to.equal(4);
    const missing = await fetchConfig('/test/fixtures/missing.json');
    expect(missing.issues[0].path).to.equal('src');
    expect(missing.issues[0].message).to.equal('could not fetch "/test/fixtures/missing.json" (HTTP 404)');
    expect(missing.fallback).to.equal(true);
  });

  it('keeps the console message readable and bounded for a hostile configuration', () => {
    const huge = 'x'.repeat(1_000_000);
    const categories = Array.from({length: 10_000}, (_, i) => ({id: `c${i}`, title: huge}));
    const cookies = Array.from({length: 10_000}, () => ({category: 'nope', provider: huge, name: 'a', purpose: huge}));
    const {issues, config} = validateConfig({site: {name: huge, url: huge}, categories, cookies});
    expect(issues.length).to.equal(10_001);
    expect(config.categories).to.have.length(10_000);
    const message = describeIssues('cookie-consent', 'property', issues);
    expect(message.length, 'a few kilobytes, not gigabytes').to.be.below(20_000);
    expect(message).to.contain('… and 9951 more');
    expect(message, 'a long detail is cut, and says how long it was').to.match(/… \(\d+ characters\)/);
  });
});
