// End to end: in the shipped bundle, no member of <cookie-consent> or <cookie-charter> takes the
// name of a member of their Lit base classes (LitElement, ReactiveElement), except the ones Lit
// documents as meant to be overridden. Lit's own members are minified to short names (`C`, `l`,
// `_$E…`); a build step that shortened the elements' names once gave the charter's
// `readStoredConsent` the name `C`, which Lit calls from `requestUpdate`: the charter then
// recursed forever for every returning visitor. This looks at the classes as the browser runs
// them, whatever the build did to their names.
// Needs `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = ['cookie-consent', 'cookie-charter'];

/**
 * What an element may define again: the custom element callbacks, and the members Lit documents
 * as overridable (lit.dev, Lifecycle and Rendering; the API docs of ReactiveElement and
 * LitElement). Not `requestUpdate`, `enableUpdating` (documented as final) nor the
 * `updateComplete` getter (override `getUpdateComplete` instead).
 */
const OVERRIDABLE = [
  'constructor',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'scheduleUpdate',
  'performUpdate',
  'shouldUpdate',
  'willUpdate',
  'update',
  'render',
  'firstUpdated',
  'updated',
  'getUpdateComplete',
];

/**
 * The statics an element may define: what it declares for Lit (`properties`, `styles`,
 * `shadowRootOptions`), the static methods Lit documents as overridable, what Lit sets on every
 * class it finalizes, and what every function has.
 */
const OVERRIDABLE_STATICS = [
  'properties',
  'styles',
  'shadowRootOptions',
  'createProperty',
  'getPropertyDescriptor',
  'finalizeStyles',
  'observedAttributes',
  'elementProperties',
  'elementStyles',
  'finalized',
  'length',
  'name',
  'prototype',
];

/**
 * In the page: the members of each element class and instance, and of its Lit bases. The bases
 * are found by their place in the prototype chain (the bundle names nothing): ReactiveElement
 * extends HTMLElement, and LitElement extends ReactiveElement. What Lit itself puts on every
 * instance and class is read from a bare LitElement subclass (`probe`), so that it is not taken
 * for the element's own.
 */
async function inventory(tags) {
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const names = (object) => Object.getOwnPropertyNames(object);
  const chainOf = (Class) => {
    const chain = [];
    for (let c = Class; c && c !== HTMLElement; c = Object.getPrototypeOf(c)) chain.push(c);
    return chain;
  };

  const [LitElement, ReactiveElement] = chainOf(customElements.get(tags[0])).slice(-2);
  // With what makes Lit add its bookkeeping: a reflected property, set, and a controller.
  class Probe extends LitElement {
    static properties = {probe: {reflect: true}};
    constructor() {
      super();
      this.addController({});
      this.probe = 'on';
    }
  }
  customElements.define('lit-members-probe', Probe);
  const probe = document.body.appendChild(document.createElement('lit-members-probe'));
  await probe.updateComplete;
  const litInstance = names(probe);
  const litStatics = names(Probe).filter((name) => name !== 'properties');

  // Every name of the bases, with where it is.
  const bases = new Map();
  const note = (map, list, where) => list.forEach((name) => map.has(name) || map.set(name, where));
  note(bases, names(LitElement.prototype), 'LitElement.prototype');
  note(bases, names(ReactiveElement.prototype), 'ReactiveElement.prototype');
  note(bases, litInstance, 'an instance (set by Lit)');
  const baseStatics = new Map();
  note(baseStatics, names(LitElement), 'LitElement');
  note(baseStatics, names(ReactiveElement), 'ReactiveElement');
  note(baseStatics, litStatics, 'a class (set by Lit)');
  // What Lit keeps on a class with initializers (decorators add them; the elements have none).
  class Initialized extends LitElement {}
  Initialized.addInitializer(() => undefined);
  note(baseStatics, names(Initialized), 'a class with initializers (set by Lit)');

  const elements = [];
  for (const tag of tags) {
    const element = document.querySelector(tag);
    await element.updateComplete;
    const chain = chainOf(customElements.get(tag));
    const own = chain.slice(0, -2);
    const members = new Map();
    for (const Class of own) note(members, names(Class.prototype), `${Class.name || tag}.prototype`);
    note(
      members,
      names(element).filter((name) => !litInstance.includes(name)),
      `a <${tag}> (own property)`
    );
    const statics = new Map();
    for (const Class of own) {
      note(
        statics,
        names(Class).filter((name) => !litStatics.includes(name)),
        `${Class.name || tag} (static)`
      );
    }
    elements.push({
      tag,
      sameLit: chain.at(-2) === LitElement && chain.at(-1) === ReactiveElement,
      members: [...members],
      statics: [...statics],
    });
  }
  probe.remove();
  return {
    bases: [...bases],
    baseStatics: [...baseStatics],
    // The chain is as expected: these members are where Lit defines them.
    shape: {
      'LitElement.prototype.render': Object.hasOwn(LitElement.prototype, 'render'),
      'LitElement.prototype.createRenderRoot': Object.hasOwn(LitElement.prototype, 'createRenderRoot'),
      'ReactiveElement.prototype.requestUpdate': Object.hasOwn(ReactiveElement.prototype, 'requestUpdate'),
      'ReactiveElement.prototype.performUpdate': Object.hasOwn(ReactiveElement.prototype, 'performUpdate'),
      'ReactiveElement.createProperty': Object.hasOwn(ReactiveElement, 'createProperty'),
    },
    elements,
  };
}

describe("the elements' members and their Lit base classes, in the shipped bundle", () => {
  let served, found;

  before(async () => {
    served = await startPages({
      root,
      pages: {'/both.html': bundlePage('<cookie-consent></cookie-consent><cookie-charter></cookie-charter>')},
    });
    const context = await served.browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${served.base}/both.html`);
    found = await page.evaluate(inventory, TAGS);
    await context.close();
  });
  after(() => served?.close());

  test('the Lit bases are found where Lit puts them, one copy for both elements', () => {
    assert.deepEqual(Object.values(found.shape), [true, true, true, true, true], JSON.stringify(found.shape));
    assert.deepEqual(
      found.elements.map(({tag, sameLit}) => [tag, sameLit]),
      TAGS.map((tag) => [tag, true])
    );
    // The check below compares something: the elements have members, and so have the bases.
    for (const {tag, members} of found.elements) assert.ok(members.length > 10, `${tag}: ${members.length} members`);
    assert.ok(found.bases.length > 20, `Lit's bases: ${found.bases.length} members`);
  });

  for (const tag of TAGS) {
    test(`<${tag}> defines no member of Lit's bases but the overridable ones`, (t) => {
      const bases = new Map(found.bases);
      const {members} = found.elements.find((e) => e.tag === tag);
      const collisions = members
        .filter(([name]) => bases.has(name) && !OVERRIDABLE.includes(name))
        .map(([name, where]) => `${name} (on ${where}; Lit's on ${bases.get(name)})`);
      t.diagnostic(
        `overrides: ${members
          .filter(([name]) => bases.has(name) && OVERRIDABLE.includes(name))
          .map(([name]) => name)
          .join(', ')}`
      );
      assert.deepEqual(collisions, [], `<${tag}> takes the name of a member of Lit: ${collisions.join('; ')}`);
    });

    test(`<${tag}> defines no static of Lit's bases but the overridable ones`, () => {
      const bases = new Map(found.baseStatics);
      const {statics} = found.elements.find((e) => e.tag === tag);
      const collisions = statics
        .filter(([name]) => bases.has(name) && !OVERRIDABLE_STATICS.includes(name))
        .map(([name, where]) => `${name} (on ${where}; Lit's on ${bases.get(name)})`);
      assert.deepEqual(collisions, [], `<${tag}> takes the name of a static of Lit: ${collisions.join('; ')}`);
    });
  }
});
