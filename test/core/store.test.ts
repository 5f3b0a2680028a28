import {expect} from '@open-wc/testing';
import {ConsentStore, type ConsentChange} from '../../src/core/store.js';
import {defaultConfig} from '../../src/core/config.js';
import {encodeRecord} from '../../src/core/consent-record.js';
import type {CookieAttributes, CookieJar} from '../../src/core/cookie-jar.js';
import {serializeCookie} from '../../src/core/cookie-jar.js';

const DAY = 86400 * 1000;

/** A cookie jar in memory that keeps what was written, attributes included. */
class MemoryJar implements CookieJar {
  values = new Map<string, string[]>();
  writes: string[] = [];
  readAll(name: string) {
    return this.values.get(name) ?? [];
  }
  write(name: string, value: string, attributes: CookieAttributes) {
    this.writes.push(serializeCookie(name, value, attributes));
    if (attributes.maxAgeSeconds <= 0) this.values.delete(name);
    else this.values.set(name, [value]);
  }
}

describe('ConsentStore', () => {
  let now: number;
  let jar: MemoryJar;
  const clock = () => now;
  beforeEach(() => {
    now = Date.UTC(2026, 2, 1);
    jar = new MemoryJar();
  });

  it('takes the newest decision when several copies of the cookie are readable, whatever their order', () => {
    const config = defaultConfig();
    const record = (timestamp: number, statistics: boolean) =>
      encodeRecord({
        timestamp,
        revision: config.revision,
        id: '11111111-2222-4333-8444-555555555555',
        lang: 'fr',
        consent: {necessary: true, statistics, 'third-party': statistics},
      });
    // An older grant (a copy on the parent domain, say) listed before the newer refusal.
    const grant = record(now - 2 * DAY, true);
    const refusal = record(now - DAY, false);
    for (const values of [
      [grant, refusal],
      [refusal, grant],
    ]) {
      jar.values.set(config.cookie.name, values);
      const store = new ConsentStore(config, {jar, now: clock});
      expect(store.hasConsent('statistics'), values.join(' | ')).to.equal(false);
      expect(store.record!.timestamp).to.equal(now - DAY);
    }
  });

  it('keeps its own newer decision when an older one of another tab arrives after it (two tabs deciding at once)', () => {
    const config = defaultConfig();
    const other = new ConsentStore(config, {jar: new MemoryJar(), now: clock});
    const older = other.decide('accept-all', {statistics: true, 'third-party': true}, 'fr');
    now += 5;
    const store = new ConsentStore(config, {jar, now: clock});
    store.decide('reject-all', {}, 'fr');
    // The other tab's message, with the value it wrote, reaches this tab after its own decision.
    store.reload('accept-all', encodeRecord(older));
    expect(store.hasConsent('statistics'), 'the newest decision, this one, stands').to.equal(false);
    // And the other tab, told of this tab's newer decision, takes it.
    other.reload('reject-all', jar.readAll(config.cookie.name)[0]);
    expect(other.hasConsent('statistics')).to.equal(false);
  });

  it('keeps its own newer decision when the older one of another tab reached the cookie last, and writes it back', () => {
    const config = defaultConfig();
    const other = new ConsentStore(config, {jar: new MemoryJar(), now: clock});
    const older = other.decide('accept-all', {statistics: true, 'first-party': true, 'third-party': true}, 'fr');
    now += 5;
    const store = new ConsentStore(config, {jar, now: clock});
    const mine = store.decide('reject-all', {}, 'fr');
    // The other tab's write lands after this one's: the cookie now holds the older grant.
    jar.values.set(config.cookie.name, [encodeRecord(older)]);
    store.reload('accept-all', encodeRecord(older));
    expect(store.hasConsent('statistics'), 'the newest decision, this one, stands').to.equal(false);
    expect(jar.readAll(config.cookie.name), 'the cookie gets the newest back').to.deep.equal([encodeRecord(mine)]);
  });

  it('two decisions of the same millisecond: both tabs keep the same one', () => {
    const config = defaultConfig();
    const [jarA, jarB] = [new MemoryJar(), new MemoryJar()];
    const a = new ConsentStore(config, {jar: jarA, now: clock});
    const b = new ConsentStore(config, {jar: jarB, now: clock});
    const fromA = encodeRecord(
      a.decide('accept-all', {statistics: true, 'first-party': true, 'third-party': true}, 'fr')
    );
    const fromB = encodeRecord(b.decide('reject-all', {}, 'fr'));
    a.reload('reject-all', fromB);
    b.reload('accept-all', fromA);
    expect(encodeRecord(a.record!)).to.equal(encodeRecord(b.record!));
  });

  it('starts with no decision and writes nothing', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    expect(store.record).to.equal(null);
    expect(store.consent).to.equal(null);
    expect(jar.writes).to.deep.equal([]);
    expect(store.hasConsent('necessary')).to.equal(true);
    expect(store.hasConsent('statistics')).to.equal(false);
    expect(store.hasConsent('nope')).to.equal(false);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(store.hasConsent(name), name).to.equal(false);
    }
  });

  it('grants only what a consent map holds itself, even on a page whose Object.prototype was polluted', () => {
    const stored = {
      timestamp: now - DAY,
      revision: 2,
      id: 'a1b2c3d4-e5f6',
      lang: 'fr' as const,
      // The stored decision lacks `third-party`: it is not current, whatever Object.prototype says.
      consent: {necessary: true, statistics: false},
    };
    jar.values.set('cookies_preferences', [encodeRecord(stored)]);
    for (const key of ['third-party', 'granted-by-prototype']) {
      Object.defineProperty(Object.prototype, key, {value: true, configurable: true, writable: true});
    }
    try {
      const store = new ConsentStore(defaultConfig(), {jar, now: clock});
      expect(store.record).to.equal(null);
      expect(store.hasConsent('third-party')).to.equal(false);
      expect(store.hasConsent('granted-by-prototype')).to.equal(false);
      store.decide('save', {statistics: true}, 'fr');
      expect(store.consent).to.deep.equal({
        necessary: true,
        statistics: true,
        'third-party': false,
      });
      expect(Object.hasOwn(store.consent!, 'third-party')).to.equal(true);
      expect(store.hasConsent('third-party')).to.equal(false);
      expect(store.hasConsent('granted-by-prototype')).to.equal(false);
    } finally {
      for (const key of ['third-party', 'granted-by-prototype']) {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
  });

  it('writes the cookie with every attribute explicit', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock, secure: false});
    store.decide('reject-all', {}, 'fr');
    expect(jar.writes).to.have.length(1);
    expect(jar.writes[0]).to.match(/^cookies_preferences=[^;]+; Path=\/; Max-Age=15724800; SameSite=Lax$/);
  });

  it('adds Secure on https and Domain when configured', () => {
    const config = defaultConfig();
    config.cookie.domain = 'example.fr';
    config.cookie.maxAgeDays = 30;
    new ConsentStore(config, {jar, now: clock, secure: true}).decide('accept-all', {statistics: true}, 'en');
    expect(jar.writes[0]).to.match(/; Max-Age=2592000; SameSite=Lax; Domain=example\.fr; Secure$/);
  });

  it('keeps the decision, the revision, the language and a consent id', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    const record = store.decide('save', {statistics: true}, 'en');
    expect(record).to.include({timestamp: now, revision: 2, lang: 'en'});
    expect(record.consent).to.deep.equal({
      necessary: true,
      statistics: true,
      'third-party': false,
    });
    const again = new ConsentStore(defaultConfig(), {jar, now: clock});
    expect(again.record).to.deep.equal(record);
    expect(again.hasConsent('statistics')).to.equal(true);
    expect(again.hasConsent('third-party')).to.equal(false);
  });

  it('keeps the consent id across decisions, and makes a new one after forget', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    const first = store.decide('accept-all', {statistics: true}, 'fr').id;
    expect(store.decide('reject-all', {}, 'fr').id).to.equal(first);
    store.forget();
    expect(store.decide('reject-all', {}, 'fr').id).not.to.equal(first);
  });

  it('asks again once the decision is 182 days old', () => {
    new ConsentStore(defaultConfig(), {jar, now: clock}).decide('reject-all', {}, 'fr');
    now += 182 * DAY - 1000;
    expect(new ConsentStore(defaultConfig(), {jar, now: clock}).record).not.to.equal(null);
    now += 2000;
    expect(new ConsentStore(defaultConfig(), {jar, now: clock}).record).to.equal(null);
  });

  it('asks again when the revision changes', () => {
    new ConsentStore(defaultConfig(), {jar, now: clock}).decide('accept-all', {statistics: true}, 'fr');
    const bumped = {...defaultConfig(), revision: 3};
    expect(new ConsentStore(bumped, {jar, now: clock}).record).to.equal(null);
  });

  it('skips a foreign value of the same name and uses ours', () => {
    const config = defaultConfig();
    const ours = encodeRecord({
      timestamp: now,
      revision: 2,
      id: 'abcdef12-3456',
      lang: 'fr',
      consent: {statistics: true, 'third-party': false},
    });
    jar.values.set('cookies_preferences', ['{"analytics":true}', 'garbage%', ours]);
    const store = new ConsentStore(config, {jar, now: clock});
    expect(store.record?.id).to.equal('abcdef12-3456');
  });

  it('notifies subscribers with the action and the previous state', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    const changes: ConsentChange[] = [];
    const stop = store.subscribe((c) => changes.push(c));
    store.decide('accept-all', {statistics: true, 'third-party': true}, 'fr');
    store.decide('save', {statistics: true}, 'fr');
    store.forget();
    stop();
    store.decide('reject-all', {}, 'fr');
    expect(changes.map((c) => c.action)).to.deep.equal(['accept-all', 'save', null]);
    expect(changes[0].previous).to.equal(null);
    expect(changes[1].previous).to.deep.equal({
      necessary: true,
      statistics: true,
      'third-party': true,
    });
    expect(changes[2].record).to.equal(null);
    expect(changes[0].before).to.equal(null);
    expect(changes[1].before).to.equal(changes[0].record);
    expect(changes[2].before, 'a withdrawal names the decision it forgets').to.equal(changes[1].record);
    expect(jar.writes[jar.writes.length - 2]).to.match(/Max-Age=0/);
  });

  it('assume() applies a decision without storing it; persist() stores it as it is', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    const changes: ConsentChange[] = [];
    store.subscribe((c) => changes.push(c));
    const assumed = store.assume('gpc', {}, 'fr');
    expect(jar.writes).to.deep.equal([]);
    expect(store.isAssumed).to.equal(true);
    expect(store.hasConsent('statistics')).to.equal(false);
    expect(store.consent).to.deep.equal({
      necessary: true,
      statistics: false,
      'third-party': false,
    });
    expect(changes.map((c) => c.action)).to.deep.equal(['gpc']);
    // Nothing stored elsewhere: reading the cookie again keeps the assumed decision.
    store.reload();
    expect(store.record).to.deep.equal(assumed);
    now += 1000;
    store.persist();
    expect(jar.writes).to.have.length(1);
    expect(store.isAssumed).to.equal(false);
    expect(new ConsentStore(defaultConfig(), {jar, now: clock}).record).to.deep.equal(assumed);
    expect(changes).to.have.length(1);
  });

  it('an explicit decision replaces an assumed one and is stored', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    store.assume('gpc', {}, 'fr');
    store.decide('accept-all', {statistics: true, 'third-party': true}, 'fr');
    expect(store.isAssumed).to.equal(false);
    expect(new ConsentStore(defaultConfig(), {jar, now: clock}).hasConsent('statistics')).to.equal(true);
  });

  it('hasConsent() after a decision: the granted and required categories, nothing else', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    store.decide('save', {statistics: true, toString: true} as never, 'fr');
    expect(store.hasConsent('necessary')).to.equal(true);
    expect(store.hasConsent('statistics')).to.equal(true);
    expect(store.hasConsent('third-party')).to.equal(false);
    for (const name of ['toString', 'constructor', '__proto__', 'nope'])
      expect(store.hasConsent(name), name).to.equal(false);
  });

  it('reload() notices a decision written elsewhere', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    const other = new ConsentStore(defaultConfig(), {jar, now: clock});
    const seen: ConsentChange[] = [];
    store.subscribe((c) => seen.push(c));
    other.decide('accept-all', {statistics: true}, 'fr');
    expect(store.record).to.equal(null);
    store.reload();
    expect(store.hasConsent('statistics')).to.equal(true);
    expect(seen).to.have.length(1);
    store.reload();
    expect(seen).to.have.length(1);
  });

  it('reload() takes the value another tab wrote, before this tab sees the cookie change', () => {
    const store = new ConsentStore(defaultConfig(), {jar, now: clock});
    const elsewhere = new ConsentStore(defaultConfig(), {jar: new MemoryJar(), now: clock});
    const written = encodeRecord(elsewhere.decide('save', {statistics: true}, 'en'));
    const seen: ConsentChange[] = [];
    store.subscribe((c) => seen.push(c));
    store.reload('save', written);
    expect(store.hasConsent('statistics')).to.equal(true);
    expect(seen.map((c) => c.action)).to.deep.equal(['save']);
    expect(jar.writes, 'nothing written here').to.deep.equal([]);
    store.reload('save', 'not a record');
    expect(store.record, 'a value that is not a record counts as none').to.equal(null);
    expect(seen.map((c) => c.action)).to.deep.equal(['save', null]);
  });
});
