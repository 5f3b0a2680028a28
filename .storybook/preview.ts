import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import {clearStoryState} from '../stories/support.js';

/**
 * The manifest as the docs pages show it: the public API only. The analyzer records TypeScript
 * `private` members too (with `privacy: "private"`); Storybook would list them as properties.
 */
function publicApi<T>(value: T): T {
  if (Array.isArray(value)) return value.map(publicApi) as T;
  if (!value || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] =
      key === 'members' && Array.isArray(inner)
        ? inner.filter((m: {privacy?: string}) => m.privacy !== 'private' && m.privacy !== 'protected').map(publicApi)
        : publicApi(inner);
  }
  return copy as T;
}

setCustomElementsManifest(publicApi(manifest));

/**
 * Every story starts from a clean page: no stored decision, no simulated Global Privacy
 * Control, and `<html lang>` set from the locale toolbar (the elements follow it).
 */
const cleanState: Decorator = (story, context) => {
  clearStoryState({gpc: context.parameters.gpc === true, cookieNames: context.parameters.consentCookies});
  document.documentElement.lang = context.globals.locale ?? 'fr';
  return story();
};

const preview: Preview = {
  decorators: [cleanState],
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>), followed by the elements',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          {value: 'fr', title: 'Français'},
          {value: 'en', title: 'English'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'fr'},
  parameters: {
    controls: {expanded: true},
    a11y: {
      // An accessibility violation fails the story's test (and shows red in the panel).
      test: 'error',
    },
    docs: {
      // The banner is fixed to the viewport and the preferences dialog is modal: each story
      // gets its own iframe in the docs pages so that they do not cover each other.
      story: {inline: false, iframeHeight: 480},
    },
  },
  tags: ['autodocs'],
};

export default preview;
