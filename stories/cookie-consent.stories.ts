import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {ConsentStore} from '../src/core/store.js';
import {defaultConfig} from '../src/core/config.js';
import {longProviderConfig, part, renderedConsent} from './support.js';

interface ConsentArgs {
  /** The `manage-button` attribute. */
  manageButton: boolean;
  /** The `config` property; the built-in Opendatasoft charter when unset. */
  config?: unknown;
}

const meta: Meta<ConsentArgs> = {
  title: 'Elements/cookie-consent',
  component: 'cookie-consent',
  args: {manageButton: true},
  argTypes: {
    manageButton: {
      name: 'manage-button',
      control: 'boolean',
      description: 'Shows the persistent "Manage cookies" button once the banner is closed.',
    },
    config: {control: false},
  },
  render: ({manageButton, config}) =>
    html`<cookie-consent ?manage-button=${manageButton} .config=${config ?? nothing}></cookie-consent>`,
  parameters: {layout: 'fullscreen'},
};
export default meta;

type Story = StoryObj<ConsentArgs>;

/** Nothing stored yet: the non-modal banner with its three buttons of equal weight. */
export const FirstVisit: Story = {
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    await waitFor(() => expect(part(consent, 'banner')).not.toBeNull());
    expect(consent.consent).toBeNull();
    for (const name of ['accept-button', 'reject-button', 'customize-button']) {
      expect(consent.shadowRoot!.querySelector(`[part~="banner"] [part~="${name}"]`)).not.toBeNull();
    }
  },
};

/** "Customise": the modal preferences dialog, every optional category off. */
export const PreferencesOpen: Story = {
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    consent.showPreferences();
    const dialog = () => consent.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => expect(dialog().open).toBe(true));
    const switches = [...dialog().querySelectorAll<HTMLInputElement>('[part~="switch"]')];
    expect(switches.map((s) => s.checked)).toEqual([true, false, false]);
  },
};

// A cookie name of its own: in the docs page every story runs beside the others in the same
// origin, and a decision stored under the default name would hide the other stories' banner.
// Its own cookie name too: the refusal the privacy signal leads to must not hide other banners.
const gpcConfig = {...defaultConfig(), cookie: {name: 'cookies_preferences_gpc_story', maxAgeDays: 182, domain: null}};
const decidedConfig = {...defaultConfig(), cookie: {name: 'cookies_preferences_story', maxAgeDays: 182, domain: null}};

/**
 * A returning visitor who accepted statistics only: no banner, the "Manage cookies" button
 * reopens the preferences. The decision is written before the element starts, through the
 * same store as `save()`, so the element starts as it would on a later page load.
 */
export const Decided: Story = {
  args: {config: decidedConfig},
  parameters: {consentCookies: [decidedConfig.cookie.name]},
  render: (args, context) => {
    new ConsentStore(decidedConfig).decide('save', {statistics: true}, 'fr');
    return meta.render!(args, context);
  },
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    await waitFor(() => expect(part(consent, 'manage-button')).not.toBeNull());
    expect(part(consent, 'banner')).toBeNull();
    expect(consent.consent).toEqual({necessary: true, statistics: true, 'third-party': false});
  },
};

/** Theming with the documented custom properties and `::part()` selectors only. */
export const CustomTheme: Story = {
  render: (args) => html`<style>
      .themed {
        --cookie-consent-accent: #18753c;
        --cookie-consent-accent-contrast: #ffffff;
        --cookie-consent-background: #f3f6f4;
        --cookie-consent-color: #1e1e1e;
        --cookie-consent-border-color: #5c6b62;
        --cookie-consent-focus-color: #b34000;
        --cookie-consent-radius: 1.25rem;
        --cookie-consent-font-family: Georgia, 'Times New Roman', serif;
        --cookie-consent-max-width: 48rem;
      }
      .themed::part(banner) {
        inset: auto 1rem 1rem auto;
        max-width: 30rem;
        border: 2px solid #18753c;
        border-radius: 1.25rem;
      }
      .themed::part(banner-title) {
        font-variant: small-caps;
      }
      .themed::part(accept-button) {
        font-weight: 700;
      }
    </style>
    <cookie-consent class="themed" ?manage-button=${args.manageButton}></cookie-consent>`,
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    await waitFor(() => expect(part(consent, 'accept-button')).not.toBeNull());
    expect(getComputedStyle(part(consent, 'banner')!).borderTopColor).toBe('rgb(24, 117, 60)');
  },
};

/** The page is in English (`<html lang="en">`, as the locale toolbar sets it). */
export const English: Story = {
  globals: {locale: 'en'},
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    await waitFor(() => expect(part(consent, 'accept-button')?.textContent?.trim()).toBe('Accept all'));
  },
};

/** A large site: twelve purposes and their providers in the preferences dialog. */
export const LongProviderList: Story = {
  args: {config: longProviderConfig()},
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    consent.showPreferences();
    await waitFor(() => expect(consent.shadowRoot!.querySelector('dialog')!.open).toBe(true));
    // The three built-in purposes and nine more.
    expect(consent.shadowRoot!.querySelectorAll('[part~="category"]').length).toBe(12);
  },
};

/**
 * The browser sends the Global Privacy Control signal (`navigator.globalPrivacyControl`,
 * simulated here): every optional category is refused without a banner, and a notice says so.
 */
export const GlobalPrivacyControl: Story = {
  args: {config: gpcConfig, manageButton: false},
  parameters: {gpc: true, consentCookies: [gpcConfig.cookie.name]},
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    await waitFor(() => expect(part(consent, 'gpc-notice')).not.toBeNull());
    expect(part(consent, 'banner')).toBeNull();
    expect(consent.consent).toEqual({necessary: true, statistics: false, 'third-party': false});
    expect(part(consent, 'gpc-notice-text')?.textContent).toContain('Global Privacy Control');
  },
};
