// What the adversarial suite (test/e2e/adversarial-*.test.mjs) feeds the elements: markup and
// script payloads for every text, disguised addresses for every address, seeded mutations of
// the seed configuration, malformed consent cookies. Deterministic: a run is reproduced by its
// seed. `ADVERSARIAL=full` (npm run test:adversarial) runs the whole corpus; `npm test` a
// seeded subset of it.
import {seedConfig} from '../fixtures/seed-config.mjs';

/** Whether the whole corpus runs (npm run test:adversarial), or the subset of every run. */
export const FULL = process.env.ADVERSARIAL === 'full';
/** The seed of the mutations (ADVERSARIAL_SEED to reproduce another run). */
export const SEED = Number(process.env.ADVERSARIAL_SEED ?? 20261207);

/** mulberry32: a small deterministic PRNG, in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every payload calls this global when it runs; the pages define it as a trap. */
export const TRAP = '__pwned';

/** Markup and script written as text: each must show as the characters it is, and run nothing. */
export const TEXT_PAYLOADS = [
  `<script>${TRAP}('script')</script>`,
  `<img src=x onerror="${TRAP}('img')">`,
  `"><img src=x onerror=${TRAP}('attr-break')>`,
  `'><svg onload=${TRAP}('svg-break')>`,
  `<svg><script>${TRAP}('svg-script')</script></svg>`,
  `<svg><animate onbegin=${TRAP}('svg-animate') attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${TRAP}('svg-xlink')"><text x=20 y=20>x</text></a></svg>`,
  `<iframe srcdoc="<script>parent.${TRAP}('srcdoc')</script>"></iframe>`,
  `<a href="javascript:${TRAP}('a')">lien</a>`,
  `<details open ontoggle=${TRAP}('details')>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${TRAP}('mxss')>`,
  `<object data="javascript:${TRAP}('object')"></object>`,
  `<form><button formaction="javascript:${TRAP}('formaction')">x</button></form>`,
  `<body onload=${TRAP}('body')>`,
  `<style>*{background:url("javascript:${TRAP}('css')")}</style>`,
  `&lt;img src=x onerror=${TRAP}('entity')&gt;`,
  `&#60;script&#62;${TRAP}('numeric-entity')&#60;/script&#62;`,
  `<!--<img src=x onerror=${TRAP}('comment')>-->`,
  `\${${TRAP}('template-literal')}`,
  `{{constructor.constructor('${TRAP}("angular")')()}}`,
  `{{1+1}}`,
  `<lit-part>\u0000<script>${TRAP}('nul')</script>`,
  `\u202e<img src=x onerror=${TRAP}('bidi')>`,
];

/**
 * Addresses that would run script, show another document or leave the site while written as if
 * relative: every one must be refused (or resolve to http(s) on this site).
 */
export const ADDRESS_PAYLOADS = [
  `javascript:${TRAP}('js')`,
  `JaVaScRiPt:${TRAP}('js-case')`,
  ` javascript:${TRAP}('js-space')`,
  `\tjavascript:${TRAP}('js-tab')`,
  `java\tscript:${TRAP}('js-tab-inside')`,
  `java\nscript:${TRAP}('js-newline-inside')`,
  `java\rscript:${TRAP}('js-cr-inside')`,
  `j\ta\nv\ra\tscript:${TRAP}('js-mixed')`,
  `\u0000javascript:${TRAP}('js-nul')`,
  `\u0001javascript:${TRAP}('js-soh')`,
  `\u001fjavascript:${TRAP}('js-us')`,
  `\u0001\u0002 \t\njava\tscript:${TRAP}('js-controls')`,
  `&#106;avascript:${TRAP}('js-entity')`,
  `&#x6A;avascript:${TRAP}('js-hex-entity')`,
  `javascript&colon;${TRAP}('js-colon-entity')`,
  `javascript:/*-/*\`/*\\\`/*'/*"/**/(/* */${TRAP}('polyglot') )//`,
  `data:text/html,<script>${TRAP}('data')</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5fX3B3bmVkKCdiNjQnKTwvc2NyaXB0Pg==`,
  ` d\na\tta:text/html,<script>${TRAP}('data-split')</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${TRAP}('data-svg')"/>`,
  `vbscript:msgbox(1)`,
  `vb\tscript:msgbox(1)`,
  `\\\\evil.test/charte`,
  `/\\evil.test/charte`,
  `//evil.test/charte`,
  `\\/evil.test/charte`,
  ` //evil.test/charte`,
  `\t/\\evil.test`,
  `https:\\\\evil.test`,
  `file:///etc/passwd`,
  `blob:https://evil.test/1`,
  `about:blank`,
];

const TEXT_FIELDS = [
  ['site', 'name'],
  ['categories', 1, 'title'],
  ['categories', 1, 'description'],
  ['categories', 2, 'title'],
  ['categories', 0, 'description'],
  ['cookies', 0, 'provider'],
  ['cookies', 0, 'service'],
  ['cookies', 0, 'purpose'],
  ['cookies', 0, 'duration'],
  ['cookies', 4, 'name'],
  ['cookies', 4, 'provider'],
  ['cookies', 4, 'purpose'],
];
const ADDRESS_FIELDS = [
  ['site', 'url'],
  ['site', 'policyUrl'],
  ['proof', 'endpoint'],
];

/**
 * The configurations of the XSS family: the n-th puts the n-th text payload in the first text
 * field, the next one in the next field, and so on (every payload reaches every field over the
 * corpus), and the addresses the same way; localized texts ({fr, en}) half of the time. A
 * declared statistics cookie (index 4) gives the dialog and the charter a row of its own.
 */
export function xssConfigs(count = TEXT_PAYLOADS.length) {
  const configs = [];
  for (let n = 0; n < count; n++) {
    const config = structuredClone(seedConfig);
    config.cookies.push({category: 'statistics', provider: 'x', name: '_pk_id.*', purpose: 'x'});
    config.proof = {endpoint: '/proof'};
    const text = (i) => TEXT_PAYLOADS[(n + i) % TEXT_PAYLOADS.length];
    TEXT_FIELDS.forEach((path, i) => {
      const value = n % 2 ? {fr: text(i), en: text(i + 1)} : text(i);
      // A cookie's name is a name, never localized.
      set(config, path, path.at(-1) === 'name' && path[0] === 'cookies' ? text(i) : value);
    });
    ADDRESS_FIELDS.forEach((path, i) => set(config, path, ADDRESS_PAYLOADS[(n * 3 + i) % ADDRESS_PAYLOADS.length]));
    configs.push(config);
  }
  return configs;
}

function set(object, path, value) {
  let at = object;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)] = value;
}

// --- Configuration fuzzing -------------------------------------------------------------------

/**
 * Values that cannot be JSON are written as tagged strings and revived in the page
 * (`revive` below): NaN, ±Infinity, -0, undefined, a BigInt, a function, a symbol.
 */
const SPECIAL = ['@NaN', '@Infinity', '@-Infinity', '@-0', '@undefined', '@bigint', '@function', '@symbol'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** A page-side reviver for the tagged values (its source is sent to the page). */
export const REVIVE = `(function revive(v, seen = 0) {
  if (typeof v === 'string' && v[0] === '@') {
    switch (v) {
      case '@NaN': return NaN;
      case '@Infinity': return Infinity;
      case '@-Infinity': return -Infinity;
      case '@-0': return -0;
      case '@undefined': return undefined;
      case '@bigint': return 10n ** 30n;
      case '@function': return function () { window.__pwned('function'); };
      case '@symbol': return Symbol('x');
    }
  }
  if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) v[i] = revive(v[i]); return v; }
  if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) v[k] = revive(v[k]);
    return v;
  }
  return v;
})`;

/** A value of another kind than the one it replaces. */
function wrongValue(random, depth) {
  const kinds = [
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => 1e308,
    () => 2 ** 53 + 1,
    () => Number.MAX_SAFE_INTEGER * 1000,
    () => 0.5,
    () => '',
    () => ' ',
    () => 'x'.repeat(1 + Math.floor(random() * 300)),
    () => SPECIAL[Math.floor(random() * SPECIAL.length)],
    () => [],
    () => ({}),
    () => [null],
    () => ['a', 1, {}],
    () => ({fr: 1, en: null}),
    () => ({[PROTO_KEYS[Math.floor(random() * PROTO_KEYS.length)]]: {polluted: 1}}),
    () => TEXT_PAYLOADS[Math.floor(random() * TEXT_PAYLOADS.length)],
    () => ADDRESS_PAYLOADS[Math.floor(random() * ADDRESS_PAYLOADS.length)],
    () => (depth > 2 ? 1 : deep(20 + Math.floor(random() * 200))),
  ];
  return kinds[Math.floor(random() * kinds.length)]();
}

/** Nested arrays and objects, `levels` deep. */
function deep(levels) {
  let v = 'bottom';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : {fr: v, nested: v === 'bottom' ? 1 : {}};
  return v;
}

/** Every path (array of keys) of an object tree. */
function paths(value, prefix = [], out = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([...prefix, key]);
      paths(value[key], [...prefix, key], out);
    }
  }
  return out;
}

/** One case of the big ones (megabyte strings, 10,000 categories, deep nesting…), by its index. */
const BIG = [
  (c) => (c.site.name = 'é'.repeat(1 << 20)),
  (c) => (c.categories[1].description = '<b>'.repeat(350_000)),
  (c) =>
    (c.categories = Array.from({length: 10_000}, (_, i) => ({
      id: i ? `c${i}` : 'necessary',
      required: i === 0,
      title: `Catégorie ${i}`,
    }))),
  (c) =>
    (c.cookies = Array.from({length: 10_000}, (_, i) => ({
      category: 'statistics',
      provider: 'p',
      name: `n${i}`,
      purpose: 'x',
    }))),
  (c) => (c.site = deep(2500)),
  (c) => (c.categories[1] = deep(2500)),
  (c) => (c.revision = 1e308),
  (c) => (c.revision = Number.MAX_SAFE_INTEGER + 2),
  (c) => (c.revision = '@Infinity'),
  (c) => (c.revision = -1),
  (c) => (c.categories = Array.from({length: 10_000}, () => ({id: '__proto__', title: 'x'}))),
  (c) => (c.categories[1].id = 'x'.repeat(1 << 20)),
  (c) => (c.cookie = {name: 'a'.repeat(1 << 20), maxAgeDays: 1e308, domain: '.'.repeat(5000)}),
];

/**
 * The n-th mutation of the seed configuration, from the seeded PRNG: one to four changes, each
 * a wrong type at a random path, a prototype key, an array for an object, a removed field, an
 * extra field; one case in 40 is one of the big ones. Returned as JSON-able data (tagged
 * specials); `how` says what was done, to reproduce a failure.
 */
export function mutation(n, seed = SEED) {
  const random = prng(seed + n * 7919);
  const config = structuredClone(seedConfig);
  config.integrations = {googleConsentMode: {enabled: true}, matomo: {enabled: false}};
  config.cookie = {name: 'cookies_preferences', maxAgeDays: 182, domain: null};
  const how = [];
  if (n % 40 === 39) {
    const i = Math.floor(random() * BIG.length);
    BIG[i](config);
    how.push(`big #${i}`);
    return {config, how};
  }
  const changes = 1 + Math.floor(random() * 4);
  for (let k = 0; k < changes; k++) {
    const all = paths(config);
    const roll = random();
    if (!all.length || roll < 0.05) {
      how.push('whole configuration replaced');
      return {config: wrongValue(random, 0), how};
    }
    const path = all[Math.floor(random() * all.length)];
    let parent = config;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const key = path.at(-1);
    if (!parent || typeof parent !== 'object') continue;
    if (roll < 0.55) {
      parent[key] = wrongValue(random, path.length);
      how.push(`${path.join('.')} = wrong value`);
    } else if (roll < 0.65) {
      delete parent[key];
      how.push(`${path.join('.')} removed`);
    } else if (roll < 0.8) {
      const proto = PROTO_KEYS[Math.floor(random() * PROTO_KEYS.length)];
      parent[proto] = random() < 0.5 ? {polluted: 1, required: true, enabled: true} : 'polluted';
      how.push(`${path.slice(0, -1).join('.')}.${proto} added`);
    } else if (roll < 0.9) {
      parent[key] = Array.isArray(parent[key]) ? {...parent[key]} : [parent[key]];
      how.push(`${path.join('.')} array ⇄ object`);
    } else {
      parent[key] = deep(2 + Math.floor(random() * 60));
      how.push(`${path.join('.')} nested`);
    }
  }
  return {config, how};
}

// --- Malformed consent cookies ---------------------------------------------------------------

const ID = '1b2c3d4e-aaaa-4bbb-8ccc-123456789abc';
/** A well-formed record of the seed's configuration that grants everything (the control). */
export function goodRecord(over = {}, now = Date.now()) {
  return {
    v: 1,
    t: now - 60_000,
    r: 1,
    id: ID,
    l: 'fr',
    c: {necessary: 1, statistics: 1, 'first-party': 1, 'third-party': 1},
    ...over,
  };
}
const enc = (value) => encodeURIComponent(JSON.stringify(value));

/**
 * At least 200 consent-cookie values that must never be trusted (each grants everything if it
 * were): each case is a list of `[value, path]` copies to store. `now` dates the records.
 */
export function cookieCorpus(now = Date.now()) {
  const cases = [];
  const add = (name, ...copies) => cases.push({name, copies: copies.map((c) => (Array.isArray(c) ? c : [c, '/']))});
  const good = enc(goodRecord({}, now));
  // Truncated at every length.
  for (let i = 1; i < good.length; i += 3) add(`truncated at ${i}`, good.slice(0, i));
  // Each field of a wrong type or value.
  const wrong = [null, true, 0, -1, 1.5, '', '1', [], {}, [1], 1e308, 'x'.repeat(5000)];
  for (const field of ['v', 't', 'r', 'id', 'l', 'c']) {
    for (const value of wrong)
      add(`${field} = ${JSON.stringify(value).slice(0, 20)}`, enc(goodRecord({[field]: value}, now)));
    const record = goodRecord({}, now);
    delete record[field];
    add(`${field} missing`, enc(record));
  }
  // Dates: in the future, too old, not numbers.
  for (const t of [now + 2 * 864e5, now + 1e12, 8.64e15 + 1, now - 400 * 864e5, now - 183 * 864e5, 0, -1, NaN]) {
    add(`t = ${t}`, enc(goodRecord({t}, now)));
  }
  // Other revisions and formats.
  for (const r of [0, 2, 1.0000001, '1', 2 ** 53, -1]) add(`revision ${r}`, enc(goodRecord({r}, now)));
  for (const v of [0, 2, '1', 1.1]) add(`format ${v}`, enc(goodRecord({v}, now)));
  for (const l of ['xx', 'FR', 'fr-FR', '__proto__', 'en ']) add(`lang ${l}`, enc(goodRecord({l}, now)));
  for (const id of ['short', 'a'.repeat(65), '<script>', '../../x', 'id with space'])
    add(`id ${id}`, enc(goodRecord({id}, now)));
  // States other than 0 and 1; categories missing; prototype keys.
  for (const s of [true, 2, '1', null, [1], {}])
    add(`state ${JSON.stringify(s)}`, enc(goodRecord({c: {...goodRecord().c, statistics: s}}, now)));
  add('no state for statistics', enc(goodRecord({c: {necessary: 1, 'first-party': 1, 'third-party': 1}}, now)));
  add('empty consent map', enc(goodRecord({c: {}}, now)));
  for (const key of PROTO_KEYS) {
    add(
      `prototype key ${key} in c`,
      `%7B%22v%22%3A1%2C%22t%22%3A${now - 60_000}%2C%22r%22%3A1%2C%22id%22%3A%22${ID}%22%2C%22l%22%3A%22fr%22%2C%22c%22%3A%7B%22${key}%22%3A%7B%22statistics%22%3A1%7D%7D%7D`
    );
    add(`prototype key ${key} at the top`, encodeURIComponent(`{"${key}":${JSON.stringify(goodRecord({}, now))}}`));
  }
  // Huge values.
  add(
    'a record padded to the 4 KB cookie limit',
    encodeURIComponent(JSON.stringify({...goodRecord({}, now), pad: 'x'.repeat(3000)}))
  );
  add('4 KB of garbage', 'x'.repeat(4000));
  add('deep nesting', encodeURIComponent('['.repeat(2000) + ']'.repeat(2000)));
  add(
    'ten thousand categories',
    enc(goodRecord({c: Object.fromEntries(Array.from({length: 300}, (_, i) => [`c${i}`, 1]))}, now))
  );
  // Encoded garbage.
  for (const g of [
    '%',
    '%E0%A4%A',
    '%%%',
    '%FF%FE',
    '%00',
    'null',
    'undefined',
    'true',
    '0',
    '[]',
    '{}',
    '""',
    '%7B',
    '%7B%7D',
    'e30=',
    'eyJ2IjoxfQ==',
    '\\u0000',
    '%22%5Cu0000%22',
    '{v:1}',
    "{'v':1}",
    JSON.stringify(goodRecord({}, now)).replace(/"/g, "'"),
  ]) {
    add(`garbage ${g.slice(0, 20)}`, g);
  }
  add('double encoded', encodeURIComponent(good));
  add('base64', Buffer.from(JSON.stringify(goodRecord({}, now))).toString('base64'));
  add('array of records', enc([goodRecord({}, now)]));
  add('JSON with a trailing comma', encodeURIComponent(JSON.stringify(goodRecord({}, now)).replace(/}$/, ',}')));
  // Duplicates: every copy malformed.
  add('two malformed copies', ['%7B', '/'], [enc(goodRecord({r: 2}, now)), '/adv']);
  add(
    'a malformed newer copy and an older foreign one',
    [enc(goodRecord({t: now + 3 * 864e5}, now)), '/'],
    ['{}', '/adv']
  );
  add(
    'three copies, other revisions',
    [enc(goodRecord({r: 0}, now)), '/'],
    [enc(goodRecord({r: 2}, now)), '/adv'],
    [enc(goodRecord({r: 3}, now)), '/adv/fuzz']
  );
  return cases;
}
