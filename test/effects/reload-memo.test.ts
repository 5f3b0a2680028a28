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
    // The host by its id, the button by its tag (nothing steadier).
    expect(memo?.focus).to.deep.equal([
      ['#second', 0],
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

  it('names an element by its part, so that elements rendered before it on one page only do not shift it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><button>Avant</button><button part="manage-button">Gérer</button></div>`
    );
    page.querySelector<HTMLElement>('[part="manage-button"]')!.focus();
    rememberForReload('c');
    expect(takeReloadMemo('c')?.focus).to.deep.equal([['button[part="manage-button"]', 0]]);
  });

  it('counts only for the same page, within a minute: a reload the visitor stopped leaves it to no other page', async () => {
    await fixture(html`<div><a href="#x">Lien</a></div>`);
    const write = (memo: object) =>
      sessionStorage.setItem(RELOAD_MEMO_KEY, JSON.stringify({cookie: 'c', focus: [['a', 0]], ...memo}));
    const here = location.href.split('#')[0];
    write({page: 'https://example.fr/autre-page', at: Date.now()});
    expect(takeReloadMemo('c'), 'another page').to.equal(null);
    expect(sessionStorage.getItem(RELOAD_MEMO_KEY), 'and it is gone').to.equal(null);
    write({page: here, at: Date.now() - 61_000});
    expect(takeReloadMemo('c'), 'too old').to.equal(null);
    expect(sessionStorage.getItem(RELOAD_MEMO_KEY)).to.equal(null);
    write({page: here, at: Date.now()});
    expect(takeReloadMemo('c')?.focus).to.deep.equal([['a', 0]]);
  });

  it('takes no memo of another cookie, nor one of another format, and survives storage that throws', () => {
    const here = location.href.split('#')[0];
    sessionStorage.setItem(RELOAD_MEMO_KEY, JSON.stringify({cookie: 'other', page: here, at: Date.now(), focus: null}));
    expect(takeReloadMemo('cookies_preferences')).to.equal(null);
    expect(sessionStorage.getItem(RELOAD_MEMO_KEY), 'left for its own element').not.to.equal(null);

    const bad = {cookie: 'c', page: here, at: Date.now(), focus: [[1, 'a']]};
    for (const stored of ['{', 'null', '[]', JSON.stringify(bad)]) {
      sessionStorage.setItem(RELOAD_MEMO_KEY, stored);
      const memo = takeReloadMemo('c');
      expect(memo === null || memo.focus === null, stored).to.equal(true);
    }

    // A place that is no selector finds nothing, and throws nothing.
    expect(() => restoreFocus([['<img>', 0]])).not.to.throw();

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
