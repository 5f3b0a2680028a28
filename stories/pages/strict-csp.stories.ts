import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {strictPolicy} from './csp.js';

const styles = html`<style>
  .csp-doc {
    max-width: 48rem;
    padding: 1.5rem;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
    color: #161616;
  }
  .csp-doc pre {
    white-space: pre-wrap;
    word-break: break-word;
    padding: 1rem;
    background: #f6f6f6;
    border: 1px solid #929292;
  }
  .csp-doc a {
    color: #000091;
  }
</style>`;

const meta: Meta = {
  title: 'Pages/Strict CSP',
  parameters: {layout: 'fullscreen'},
  render: () => html`${styles}
    <article class="csp-doc" lang="en">
      <h1>Strict Content-Security-Policy</h1>
      <p>
        The elements work on a page whose policy allows no inline script, no <code>eval</code>, no inline style and
        enforces Trusted Types. That cannot be shown in this frame: Storybook's preview runs its own inline scripts and
        development tooling, so a real policy would break Storybook before it tested anything. The policy is therefore
        applied to a standalone page that loads only the browser bundle, <code>dist/cookie-elements.js</code>, as a site
        would.
      </p>
      <p><a href="pages/strict-csp.html" target="_blank" rel="noopener">Open the strict CSP page (new tab)</a></p>
      <h2>The policy</h2>
      <pre><code>${strictPolicy.split('; ').join(';\n')}</code></pre>
      <h2>Why each directive is enough</h2>
      <ul>
        <li><code>script-src 'self'</code>: the bundle, and the chunk of English texts it imports when the page is in English.</li>
        <li>
          <code>style-src 'self'</code>: the page's stylesheet only. The elements style their shadow roots with constructable
          stylesheets (<code>adoptedStyleSheets</code>), which the policy does not block, and set no <code>style</code> attribute.
        </li>
        <li><code>connect-src 'self'</code>: needed only when the configuration is given by URL (<code>src</code> attribute).</li>
        <li>
          <code>require-trusted-types-for 'script'; trusted-types lit-html</code>: Lit creates a single Trusted Types policy named
          <code>lit-html</code>.
        </li>
        <li>The configuration goes in a child <code>&lt;script type="application/json"&gt;</code>: a data block, never run, so no hash or nonce is needed.</li>
      </ul>
      <p>The standalone page is published with Storybook when the bundle was built first (<code>npm run build:bundle</code>).</p>
    </article>`,
};
export default meta;

/** What the elements need from a strict policy, and the link to the page that enforces it. */
export const Policy: StoryObj = {};
