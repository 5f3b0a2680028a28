import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import type {CookieCharter} from '../../src/cookie-charter/cookie-charter.js';
import {clearCookies, waitForText} from './helpers.js';

type AxNode = {role?: string; name?: string; level?: number};

/**
 * A node of the charter's shadow root as assistive technology gets it (the browser's
 * accessibility tree, with its role, accessible name and level).
 */
async function axNode(selector: string): Promise<AxNode> {
  return executeServerCommand<AxNode, {selector: string}>('ax-node', {selector: `cookie-charter >>> ${selector}`});
}

describe('<cookie-charter> usage heading', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('keeps the space between the text and the site link in its accessible name', async () => {
    const el = await fixture<CookieCharter>(html`<cookie-charter lang="fr"></cookie-charter>`);
    await waitForText(el, 'data.seineouest.fr');
    expect(await axNode('#uses-heading')).to.include({
      role: 'heading',
      level: 2,
      name: 'À quoi servent les cookies sur la plateforme data.seineouest.fr',
    });
    el.setAttribute('lang', 'en');
    await waitForText(el, 'What are cookies used for on');
    expect((await axNode('#uses-heading')).name).to.equal('What are cookies used for on data.seineouest.fr');
  });
});
