import {expect, waitUntil} from '@open-wc/testing';
import {cleanupCategories, cookieDomains, cookiePaths, sweepConsentCopies} from '../../src/core/cleanup.js';
import {namePattern} from '../../src/core/pattern.js';
import {clearCookies, consentElement, frame, testConfig} from './helpers.js';

const names = (cookieString: string) =>
  cookieString
    .split(';')
    .map((s) => s.split('=')[0].trim())
    .filter(Boolean)
    .sort();

describe('withdrawal cleanup', () => {
  beforeEach(() => {
    clearCookies();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    clearCookies();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('matches names and * patterns literally otherwise', () => {
    expect(namePattern('_ga*')('_ga')).to.equal(true);
    expect(namePattern('_ga*')('_ga_ABC123')).to.equal(true);
    expect(namePattern('_pk_id.*')('_pk_id.1.a1b2')).to.equal(true);
    expect(namePattern('_pk_id.*')('_pk_idX1')).to.equal(false);
    expect(namePattern('sessionid')('sessionid2')).to.equal(false);
    expect(namePattern('a*b*c')('a--b--c')).to.equal(true);
  });

  it('lists the host and each parent domain, never a single label nor an IP address', () => {
    expect(cookieDomains('a.b.example.fr')).to.deep.equal(['a.b.example.fr', 'b.example.fr', 'example.fr']);
    expect(cookieDomains('example.fr')).to.deep.equal(['example.fr']);
    expect(cookieDomains('localhost')).to.deep.equal([]);
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
  });

  it('deletes the declared cookies and storage keys of a withdrawn category, and nothing else', async () => {
    const config = testConfig((c) => {
      c.cookies.push(
        {category: 'statistics', provider: 'Google', purpose: 'Mesure', name: '_ga*'},
        {category: 'statistics', provider: 'Matomo', purpose: 'Mesure', name: '_pk_id.*'},
        {category: 'statistics', provider: 'Nous', purpose: 'Mesure', name: 'stat_path', path: '/test/fixtures'},
        // A careless pattern that also matches the consent cookie: the consent cookie survives.
        {category: 'statistics', provider: 'Nous', purpose: 'Mesure', name: 'cookies_*'},
        {category: 'third-party', provider: 'Vidéo', purpose: 'Lecture', name: 'video_id'}
      );
      c.storage = [
        {category: 'statistics', storage: 'local', key: '_hj*'},
        {category: 'statistics', storage: 'session', key: 'stat_session'},
        {category: 'third-party', storage: 'local', key: 'video_state'},
      ];
    });
    const el = await consentElement(config);
    el.acceptAll();
    await el.settled;
    // What the statistics and video tools set once allowed.
    document.cookie = '_ga=GA1.1; Path=/';
    document.cookie = '_ga_ABC123=GS1.1; Path=/';
    document.cookie = '_pk_id.1.a1b2=x; Path=/';
    document.cookie = 'stat_path=1; Path=/test/fixtures';
    document.cookie = 'video_id=1; Path=/';
    document.cookie = 'unrelated=1; Path=/';
    localStorage.setItem('_hjSession_1', 'x');
    localStorage.setItem('_hjUser', 'x');
    localStorage.setItem('video_state', 'x');
    localStorage.setItem('other', 'x');
    sessionStorage.setItem('stat_session', 'x');
    const fixtures = await frame('/test/fixtures/embed.html');
    expect(fixtures.contentDocument!.cookie).to.contain('stat_path=1');

    el.save({'third-party': true}); // statistics withdrawn
    await el.settled;

    expect(names(document.cookie)).to.deep.equal(['cookies_preferences', 'unrelated', 'video_id']);
    expect(fixtures.contentDocument!.cookie).not.to.contain('stat_path');
    expect(Object.keys(localStorage).sort()).to.deep.equal(['other', 'video_state']);
    expect(sessionStorage.getItem('stat_session')).to.equal(null);
    expect(el.consent!.statistics).to.equal(false);
    fixtures.remove();
  });

  it('cleans a refused category on start-up when a stored decision refuses it', async () => {
    const config = testConfig((c) => {
      c.cookies.push({category: 'statistics', provider: 'Google', purpose: 'Mesure', name: '_ga*'});
    });
    const first = await consentElement(config);
    first.rejectAll();
    await first.settled;
    first.remove();
    document.cookie = '_ga=stray; Path=/';
    await consentElement(config);
    expect(names(document.cookie)).to.deep.equal(['cookies_preferences']);
  });

  it('deletes a cookie set on a parent domain (real cookies on *.cookie.test)', async () => {
    const url = `http://sub.site.cookie.test:${location.port}/test/fixtures/parent-domain-cleanup.html`;
    let report: {hostname: string; before: string; after: string; end: string} | null = null;
    const onMessage = (event: MessageEvent) => {
      if (event.data && typeof event.data.before === 'string') report = event.data;
    };
    window.addEventListener('message', onMessage);
    const popup = window.open(url, '_blank');
    expect(popup, 'the test browser must allow the window').to.exist;
    try {
      await waitUntil(() => report !== null, 'the page at sub.site.cookie.test should report', {timeout: 8000});
    } finally {
      popup?.close();
      window.removeEventListener('message', onMessage);
    }
    const r = report!;
    expect(r.hostname).to.equal('sub.site.cookie.test');
    expect(names(r.before)).to.deep.equal(['_ga_host', '_ga_parent', '_ga_self', 'cookies_preferences', 'kept_parent']);
    expect(names(r.after)).to.deep.equal(['cookies_preferences', 'kept_parent']);
    expect(r.end).to.equal('');
  });

  it('never throws on a page where storage is unavailable', () => {
    const config = testConfig((c) => {
      c.storage = [{category: 'statistics', storage: 'local', key: '*'}];
    });
    const report = cleanupCategories(config, ['statistics'], {
      readCookies: () => '',
      writeCookie: () => {
        throw new Error('blocked');
      },
      hostname: 'example.fr',
      secure: true,
      local: null,
      session: null,
    });
    expect(report).to.deep.equal({cookies: [], storage: []});
  });
});

describe('copies of the consent cookie', () => {
  const env = (hostname: string) => {
    const written: string[] = [];
    return {
      written,
      env: {
        readCookies: () => '',
        writeCookie: (s: string) => written.push(s),
        hostname,
        secure: false,
        local: null,
        session: null,
      },
    };
  };
  const target = (s: string) => `${/Path=([^;]*)/.exec(s)![1]} ${/Domain=([^;]*)/.exec(s)?.[1] ?? 'host-only'}`;

  it('knows the paths above a page', () => {
    expect(cookiePaths('/')).to.deep.equal(['/']);
    expect(cookiePaths('/a/b/page.html')).to.deep.equal(['/', '/a', '/a/', '/a/b', '/a/b/']);
  });

  it('deletes every copy on the host, its parent domains and the paths above the page, not the one kept', () => {
    const {written, env: e} = env('www.ville.example.fr');
    sweepConsentCopies({name: 'cookies_preferences', maxAgeDays: 182, domain: null}, e, '/sub/page');
    expect(written.every((s) => s.startsWith('cookies_preferences=;') && s.includes('Max-Age=0'))).to.equal(true);
    const targets = written.map(target);
    expect(targets).not.to.include('/ host-only');
    for (const expected of [
      '/sub host-only',
      '/ www.ville.example.fr',
      '/ ville.example.fr',
      '/ example.fr',
      '/sub/ example.fr',
    ])
      expect(targets).to.include(expected);
  });

  it('keeps the copy on the configured domain, and deletes the host-only one', () => {
    const {written, env: e} = env('www.ville.example.fr');
    sweepConsentCopies({name: 'choix', maxAgeDays: 182, domain: '.ville.example.fr'}, e, '/');
    const targets = written.map(target);
    expect(targets).to.include('/ host-only');
    expect(targets).not.to.include('/ ville.example.fr');
  });
});
