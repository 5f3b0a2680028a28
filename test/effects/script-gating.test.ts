import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {clearCookies, consentElement, gatedScript, testConfig, tick} from './helpers.js';

declare global {
  interface Window {
    __order?: string[];
  }
}

describe('script gating', () => {
  let holder: HTMLElement;
  beforeEach(async () => {
    clearCookies();
    window.__order = [];
    holder = await fixture(html`<div></div>`);
  });
  afterEach(() => clearCookies());

  it('runs a gated script only once its category is granted, once, in document order', async () => {
    holder.append(
      gatedScript('statistics', {text: "window.__order.push('inline-1')"}),
      gatedScript('statistics', {src: '/test/fixtures/gated-a.js'}),
      gatedScript('statistics', {text: "window.__order.push('inline-2')"}),
      gatedScript('third-party', {text: "window.__order.push('third-party')"}),
      gatedScript('necessary', {text: "window.__order.push('necessary')"})
    );
    const el = await consentElement(testConfig());
    await tick(50);
    // A required category needs no consent; nothing else runs before a decision.
    expect(window.__order).to.deep.equal(['necessary']);

    el.save({statistics: true});
    await waitUntil(() => window.__order!.length >= 4, 'the statistics scripts should run');
    await tick(50);
    expect(window.__order).to.deep.equal(['necessary', 'inline-1', 'external-a', 'inline-2']);

    // Deciding again, even granting more, never runs a script twice.
    el.save({statistics: true, 'third-party': true});
    await tick(50);
    expect(window.__order).to.deep.equal(['necessary', 'inline-1', 'external-a', 'inline-2', 'third-party']);
    el.save({statistics: true, 'third-party': true});
    await tick(50);
    expect(window.__order).to.have.length(5);
  });

  it('waits for an external script before running the next one', async () => {
    holder.append(
      gatedScript('statistics', {src: '/test/fixtures/gated-slow.js'}),
      gatedScript('statistics', {text: "window.__order.push('after')"})
    );
    const el = await consentElement(testConfig());
    el.acceptAll();
    await waitUntil(() => window.__order!.length === 2);
    expect(window.__order).to.deep.equal(['external-slow', 'after']);
  });

  it('never runs a script of a refused category, on this page or after a reload', async () => {
    holder.append(gatedScript('third-party', {text: "window.__order.push('third-party')"}));
    const el = await consentElement(testConfig());
    el.save({statistics: true});
    await tick(50);
    expect(window.__order).to.deep.equal([]);
    // "Reload": a new element reads the stored decision.
    el.remove();
    await consentElement(testConfig());
    await tick(50);
    expect(window.__order).to.deep.equal([]);
  });

  it('runs on load a script whose category a stored decision grants', async () => {
    const first = await consentElement(testConfig());
    first.save({statistics: true});
    first.remove();
    holder.append(gatedScript('statistics', {text: "window.__order.push('stored')"}));
    await consentElement(testConfig());
    await waitUntil(() => window.__order!.length === 1);
    expect(window.__order).to.deep.equal(['stored']);
  });

  it('gates scripts added to the page later', async () => {
    const el = await consentElement(testConfig());
    holder.append(gatedScript('statistics', {text: "window.__order.push('late-1')"}));
    await tick(50);
    expect(window.__order).to.deep.equal([]);
    el.acceptAll();
    await waitUntil(() => window.__order!.length === 1);
    // Added after consent: runs as soon as it is in the page.
    holder.append(gatedScript('statistics', {text: "window.__order.push('late-2')"}));
    await waitUntil(() => window.__order!.length === 2);
    expect(window.__order).to.deep.equal(['late-1', 'late-2']);
  });

  it('keeps the other attributes, the nonce and the type given by data-type', async () => {
    holder.append(
      gatedScript('statistics', {
        src: '/test/fixtures/gated-a.js',
        attrs: {async: '', 'data-extra': 'kept', id: 'external', nonce: 'n0nce', crossorigin: 'anonymous'},
      }),
      gatedScript('statistics', {
        text: "window.__order.push('module:' + typeof import.meta.url)",
        attrs: {'data-type': 'module', id: 'module'},
      })
    );
    const el = await consentElement(testConfig());
    el.acceptAll();
    await waitUntil(() => window.__order!.length === 2);
    expect([...window.__order!].sort()).to.deep.equal(['external-a', 'module:string']);
    const external = document.getElementById('external') as HTMLScriptElement;
    expect(external.type).to.equal('');
    expect(external.hasAttribute('async')).to.equal(true);
    expect(external.getAttribute('data-extra')).to.equal('kept');
    expect(external.getAttribute('crossorigin')).to.equal('anonymous');
    expect(external.nonce).to.equal('n0nce');
    expect(external.getAttribute('src')).to.equal('/test/fixtures/gated-a.js');
    expect(external.hasAttribute('data-src')).to.equal(false);
    expect((document.getElementById('module') as HTMLScriptElement).type).to.equal('module');
    // Only the real scripts remain: no inert copy is left to run again.
    expect(holder.querySelectorAll('script[type="text/plain"]')).to.have.length(0);
  });
});
