import {expect} from '@open-wc/testing';
import {styles} from '../../src/cookie-consent/cookie-consent.styles.js';
import {FILLED_BUTTON} from '../../src/styles/filled-button.js';

/** The declarations of the rule for `selector` in a stylesheet's text, as the browser reads them. */
function declarations(cssText: string, selector: string): Record<string, string> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const rule = [...sheet.cssRules].find(
    (r) => r instanceof CSSStyleRule && r.selectorText === selector
  ) as CSSStyleRule;
  expect(rule, `a rule for ${selector}`).to.exist;
  return Object.fromEntries([...rule.style].map((name) => [name, rule.style.getPropertyValue(name)]));
}

describe('the filled buttons', () => {
  it('the banner and dialog buttons carry every declaration of the shared filled-button rule', () => {
    const own = declarations(styles.cssText, '.actions button');
    const shared = declarations(`.x { ${FILLED_BUTTON} }`, '.x');
    expect(Object.keys(shared)).to.have.length.above(10);
    for (const [name, value] of Object.entries(shared)) expect(own[name], name).to.equal(value);
  });
});
