// What a page reloaded after a withdrawal remembers (src/cookie-consent/reload-memo.ts): where
// the focus was, through shadow roots, written to sessionStorage and taken once; a memo of
// another cookie or of another format is not taken. The reload itself is tested end to end
// (test/e2e/effects.test.mjs).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {rememberForReload, restoreFocus, takeReloadMemo} from '../../src/cookie-consent/reload-memo.js';
import {RELOAD_MEMO_KEY, reloadedAfterWithdrawal} from '../../src/cookie-consent/effects-needs.js';

/** A host with an open shadow root holding two buttons, the second one to be focused. */
class MemoHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML = '<button>Un</button><button>Modifier mes choix</button>';
  }
}
customElements.define('memo-host', MemoHost);

describe('reload memo', () => {
  afterEach(() => sessionStorage.removeItem(RELOAD_MEMO_KEY));

  it('remembers a focused button inside a shadow root, and gives the focus back to it once', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <memo-host></memo-host><memo-host id="second"></memo-host>
    </div>`);
    const target = page.querySelector('#second')!.shadowRoot!.querySelectorAll('button')[1];
    target.focus();
    expect(reloadedAfterWithdrawal()).to.equal(false);
    rememberForReload('cookies_preferences');
    expect(reloadedAfterWithdrawal()).to.equal(true);
    target.blur();
    expect(document.activeElement).to.equal(document.body);

    const memo = takeReloadMemo('cookies_preferences');
    expect(memo?.focus).to.deep.equal([
      ['memo-host', 1],
      ['button', 1],
    ]);
    expect(takeReloadMemo('cookies_preferences'), 'taken once').to.equal(null);
    expect(reloadedAfterWithdrawal()).to.equal(false);
    restoreFocus(memo!.focus!);
    expect(page.querySelector('#second')!.shadowRoot!.activeElement).to.equal(target);
  });

  it('waits for the element to render, and leaves alone a focus the visitor moved meanwhile', async () => {
    const page = await fixture<HTMLElement>(html`<div><input aria-label="Recherche" /></div>`);
    restoreFocus([['button', 0]]);
    const late = document.createElement('button');
    late.textContent = 'Arrivé plus tard';
    page.append(late);
    await waitUntil(() => document.activeElement === late, 'focused once rendered');

    late.blur();
    restoreFocus([['button', 1]]);
    page.querySelector('input')!.focus();
    const second = document.createElement('button');
    page.append(second);
    await new Promise((r) => setTimeout(r, 250));
    expect(document.activeElement, 'the visitor chose').to.equal(page.querySelector('input'));
  });

  it('takes no memo of another cookie, nor one of another format, and survives storage that throws', () => {
    sessionStorage.setItem(RELOAD_MEMO_KEY, JSON.stringify({cookie: 'other', focus: null}));
    expect(takeReloadMemo('cookies_preferences')).to.equal(null);
    expect(sessionStorage.getItem(RELOAD_MEMO_KEY), 'left for its own element').not.to.equal(null);

    for (const stored of ['{', 'null', '[]', JSON.stringify({cookie: 'c', focus: [['<img>', 0]]})]) {
      sessionStorage.setItem(RELOAD_MEMO_KEY, stored);
      const memo = takeReloadMemo('c');
      expect(memo === null || memo.focus === null, stored).to.equal(true);
    }

    const getItem = Storage.prototype.getItem;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    try {
      expect(reloadedAfterWithdrawal()).to.equal(false);
      expect(takeReloadMemo('c')).to.equal(null);
      expect(() => rememberForReload('c')).not.to.throw();
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });
});
