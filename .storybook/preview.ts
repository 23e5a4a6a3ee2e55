import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../packages/hz-viz/custom-elements.json';
import '../packages/hz-viz/src/index.js';
// Stories show the Huzhou report wherever <hz-report> has no src, as hz-viz-huzhou.min.js does.
import '../packages/hz-viz/src/datasets/huzhou-2024.js';
import './preview.css';
import { reportPageStyles } from '../packages/ssr/src/report-page-styles.js';

// The report page's rules, shared with the static page hz-viz-render writes.
const pageStyles = document.createElement('style');
pageStyles.textContent = reportPageStyles;
document.head.append(pageStyles);

setCustomElementsManifest(manifest);

/**
 * The manifest types fixed-choice attributes as literal unions ('light' | 'dark'): give them a
 * select with those options instead of a text box, and show the default the manifest records.
 */
const selectsForChoices: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    const typeText = String(argType.table?.type?.summary ?? '');
    // Attributes are text in HTML: a text box, not "Set object", for string-valued ones.
    if (/^string(\s*\|\s*(object|undefined))*$/.test(typeText.trim())) {
      argTypes[name] = { ...argType, control: { type: 'text' } };
      continue;
    }
    const literals = typeText.match(/'[^']*'/g);
    if (!literals || !/^\s*('[^']*'\s*\|\s*)*'[^']*'(\s*\|\s*undefined)?\s*$/.test(typeText)) continue;
    argTypes[name] = { ...argType, control: { type: 'select' }, options: literals.map((l) => l.slice(1, -1)) };
  }
  return argTypes;
};

/** The toolbar's theme and language reach every element the way a host page's would. */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: [{ value: 'light', title: '浅色 Light' }, { value: 'dark', title: '深色 Dark' }], dynamicTitle: true },
    },
    lang: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'zh-CN', title: '中文' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', lang: 'zh-CN' },
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      const theme = context.parameters.theme ?? context.globals.theme;
      root.lang = context.parameters.lang ?? context.globals.lang;
      root.dataset.theme = theme;
      root.style.colorScheme = theme;
      const rendered = story();
      if (!(rendered instanceof Node)) return rendered;
      // A frame carrying the language and theme, so stories follow the toolbar on docs pages too,
      // where Storybook's own page around them stays English and light.
      const frame = document.createElement('div');
      frame.className = 'hz-story';
      frame.lang = root.lang;
      frame.dataset.theme = theme;
      const width = context.parameters.maxWidth as string | undefined;
      if (width) frame.style.maxWidth = width;
      frame.append(rendered);
      return frame;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['湖州市 2024 年度工作成效', '示例数据：云溪市 2024 年政府工作回顾', 'Docs', ['Drop-in', 'npm', 'Theming', 'Data schema'], 'Elements'] },
    },
  },
  tags: ['autodocs'],
  argTypesEnhancers: [selectsForChoices],
};

export default preview;
