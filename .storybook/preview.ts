import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { configLoader, embedSnippet, LOCALES, THEMES, withLocaleAndTheme } from '../stories/support/widget.js';

interface Member {
  privacy?: string;
  static?: boolean;
}

/** The manifest as a page author sees it: no private, protected or static members. */
const publicApi = (full: typeof manifest) => ({
  ...full,
  modules: full.modules.map((module) => ({
    ...module,
    declarations: (module.declarations as { members?: Member[] }[] | undefined)?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static),
    })),
  })),
});

// Controls and the docs' tables come from the components' JSDoc, through the manifest.
setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of every widget',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(LOCALES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of every widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEMES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv', theme: 'light' },
  decorators: [withLocaleAndTheme],
  loaders: [configLoader],
  parameters: {
    // Every story is also an axe check, in the panel and in `npm run test:stories`.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { source: { language: 'html', transform: embedSnippet } },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
