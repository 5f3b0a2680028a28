import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {PLACEHOLDER_CLASS} from '../../src/cookie-consent/embed-placeholder.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {clearCookies, consentElement, testConfig, tick} from './helpers.js';

describe('embed gating', () => {
  beforeEach(() => clearCookies());
  afterEach(() => {
    clearCookies();
    document.documentElement.lang = 'fr';
  });

  async function page() {
    const holder = await fixture<HTMLElement>(html`<main>
      <h1>Page</h1>
      <iframe
        id="video"
        title="Vidéo de présentation"
        width="480"
        height="270"
        data-cookie-category="third-party"
        data-cookie-service="Vidéo Exemple"
        data-src="/test/fixtures/embed.html"
      ></iframe>
      <img id="chart" alt="Graphique" data-cookie-category="statistics" data-src="/test/fixtures/pixel.svg" />
    </main>`);
    const el = await consentElement(testConfig());
    const iframe = holder.querySelector<HTMLIFrameElement>('#video')!;
    const img = holder.querySelector<HTMLImageElement>('#chart')!;
    return {holder, el, iframe, img};
  }

  const placeholderOf = (embed: Element) => {
    const previous = embed.previousElementSibling as HTMLElement | null;
    return previous?.classList.contains(PLACEHOLDER_CLASS) ? previous : null;
  };

  it('names the category by its title with the built-in configuration too', async () => {
    const holder = await fixture<HTMLElement>(html`<main>
      <iframe title="Carte" data-cookie-category="third-party" data-src="/test/fixtures/embed.html"></iframe>
    </main>`);
    const el = await fixture<HTMLElement>(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
    await (el as unknown as {settled: Promise<unknown>}).settled;
    const iframe = holder.querySelector('iframe')!;
    await waitUntil(() => placeholderOf(iframe), 'the placeholder shows');
    expect(placeholderOf(iframe)!.textContent).to.contain('« Contenus et services tiers »');
    expect(iframe.hasAttribute('src')).to.equal(false);
  });

  it('loads nothing before consent and shows an accessible placeholder instead, in French', async () => {
    const {iframe, img} = await page();
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(img.hasAttribute('src')).to.equal(false);
    expect(iframe.hidden).to.equal(true);
    const placeholder = placeholderOf(iframe)!;
    expect(placeholder).to.exist;
    expect(placeholder.getAttribute('lang')).to.equal('fr');
    expect(placeholder.textContent).to.contain('Vidéo Exemple');
    expect(placeholder.textContent).to.contain('« Contenus et services tiers »');
    expect(placeholder.querySelector('button')!.textContent).to.equal(
      'Accepter « Contenus et services tiers » et afficher le contenu'
    );
    // Without data-cookie-service, the category names the content.
    expect(placeholderOf(img)!.textContent).to.contain(
      "Ce contenu est masqué, car il nécessite votre accord pour la catégorie « Mesure d'audience »."
    );
    await expect(placeholder).to.be.accessible();
    await expect(placeholderOf(img)).to.be.accessible();
  });

  it('speaks English when the page does, and stays accessible', async () => {
    const {iframe} = await page();
    document.documentElement.lang = 'en';
    const placeholder = placeholderOf(iframe)!;
    await waitUntil(() => placeholder.textContent!.includes('This Vidéo Exemple content is hidden'), 'English texts');
    expect(placeholder.getAttribute('lang')).to.equal('en');
    expect(placeholder.querySelector('button')!.textContent).to.equal(
      'Accept “Third-party content and services” and show the content'
    );
    await expect(placeholder).to.be.accessible();
  });

  it('grants the category in place: the embed loads and takes the focus, other choices stay', async () => {
    const {el, iframe, img} = await page();
    el.save({statistics: true});
    const button = placeholderOf(iframe)!.querySelector('button')!;
    button.focus();
    button.click();
    expect(iframe.getAttribute('src')).to.equal('/test/fixtures/embed.html');
    expect(iframe.hidden).to.equal(false);
    expect(placeholderOf(iframe)).to.equal(null);
    expect(el.consent).to.deep.equal({necessary: true, statistics: true, 'third-party': true});
    expect(document.activeElement).to.equal(iframe);
    // The statistics image, granted before, stays loaded.
    expect(img.getAttribute('src')).to.equal('/test/fixtures/pixel.svg');
    expect(placeholderOf(img)).to.equal(null);
  });

  it('loads embeds on a decision, blocks them again on withdrawal, and gates embeds added later', async () => {
    const {el, holder, iframe, img} = await page();
    el.acceptAll();
    expect(iframe.getAttribute('src')).to.equal('/test/fixtures/embed.html');
    expect(img.getAttribute('src')).to.equal('/test/fixtures/pixel.svg');
    expect(holder.querySelectorAll(`.${PLACEHOLDER_CLASS}`)).to.have.length(0);

    el.save({statistics: true});
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(placeholderOf(iframe)).to.exist;
    expect(img.getAttribute('src')).to.equal('/test/fixtures/pixel.svg');

    const late = document.createElement('iframe');
    late.title = 'Carte';
    late.setAttribute('data-cookie-category', 'third-party');
    late.setAttribute('data-src', '/test/fixtures/embed.html?map');
    holder.append(late);
    await tick(20);
    expect(late.hasAttribute('src')).to.equal(false);
    expect(placeholderOf(late)).to.exist;
  });
});

describe('embed gating of media and plugins', () => {
  beforeEach(() => clearCookies());
  afterEach(() => clearCookies());

  it('holds <audio>, <video> and <embed> until consent, and unloads them on withdrawal', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <audio controls data-cookie-category="third-party" data-cookie-service="Podcast" data-src="/test/fixtures/silence.wav"></audio>
      <video controls data-cookie-category="third-party" data-src="/test/fixtures/silence.wav"></video>
      <embed title="Document" type="text/html" data-cookie-category="third-party" data-src="/test/fixtures/embed.html" />
    </div>`);
    const el = await consentElement(testConfig());
    const audio = holder.querySelector('audio')!;
    const video = holder.querySelector('video')!;
    const embed = holder.querySelector('embed')!;
    for (const media of [audio, video, embed]) {
      expect(media.hasAttribute('src'), media.localName).to.equal(false);
      expect(media.hidden, media.localName).to.equal(true);
      expect(media.previousElementSibling!.classList.contains(PLACEHOLDER_CLASS), media.localName).to.equal(true);
    }
    expect(audio.previousElementSibling!.textContent).to.contain('Podcast');

    el.acceptAll();
    for (const media of [audio, video, embed]) expect(media.hidden, media.localName).to.equal(false);
    await waitUntil(() => audio.readyState > 0 && video.readyState > 0, 'the media load');
    expect(audio.currentSrc).to.match(/silence\.wav$/);
    expect(embed.getAttribute('src')).to.equal('/test/fixtures/embed.html');

    el.rejectAll();
    for (const media of [audio, video, embed]) {
      expect(media.hasAttribute('src'), media.localName).to.equal(false);
      expect(media.hidden, media.localName).to.equal(true);
    }
    // The streams are dropped: nothing buffered, and no resource to load.
    expect([audio.readyState, video.readyState]).to.deep.equal([
      HTMLMediaElement.HAVE_NOTHING,
      HTMLMediaElement.HAVE_NOTHING,
    ]);
    await waitUntil(
      () =>
        audio.networkState === HTMLMediaElement.NETWORK_EMPTY && video.networkState === HTMLMediaElement.NETWORK_EMPTY
    );
  });
});

describe('embed gating when the configuration changes', () => {
  beforeEach(() => clearCookies());
  afterEach(() => clearCookies());

  it('keeps one placeholder per embed', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <iframe title="Carte" data-cookie-category="third-party" data-src="/test/fixtures/embed.html"></iframe>
    </div>`);
    const el = await consentElement(testConfig());
    el.config = testConfig((c) => (c.revision = 2));
    await el.settled;
    await tick(20);
    expect(holder.querySelectorAll(`.${PLACEHOLDER_CLASS}`)).to.have.length(1);
    expect(holder.querySelector('iframe')!.hidden).to.equal(true);
  });

  it('keeps one placeholder per embed when a framework re-mounts the element, and its button answers to the live one', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <iframe title="Carte" data-cookie-category="third-party" data-src="/test/fixtures/embed.html"></iframe>
      <div id="mount"></div>
    </div>`);
    const mount = holder.querySelector('#mount')!;
    const iframe = holder.querySelector('iframe')!;
    let live: CookieConsent | null = null;
    // As AngularJS's ng-if does: a new element each time, the old one removed.
    for (let i = 0; i < 12; i++) {
      live?.remove();
      live = document.createElement('cookie-consent');
      live.config = testConfig();
      mount.append(live);
      await live.settled;
      expect(holder.querySelectorAll(`.${PLACEHOLDER_CLASS}`), `after mount ${i + 1}`).to.have.length(1);
    }
    holder.querySelector<HTMLButtonElement>(`.${PLACEHOLDER_CLASS} button`)!.click();
    await live!.settled;
    expect(live!.consent?.['third-party'], 'the live element follows the click').to.equal(true);
    await waitUntil(() => iframe.getAttribute('src') === '/test/fixtures/embed.html', 'the embed loads');
    expect(holder.querySelectorAll(`.${PLACEHOLDER_CLASS}`)).to.have.length(0);
    live!.remove();
  });
});
