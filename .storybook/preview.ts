import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../packages/hz-viz/custom-elements.json';
import '../packages/hz-viz/src/index.js';
// Stories show the Huzhou report wherever <hz-report> has no src, as hz-viz-huzhou.min.js does.
import '../packages/hz-viz/src/datasets/huzhou-2024.js';
import './preview.css';

setCustomElementsManifest(manifest);

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
      const width = context.parameters.maxWidth as string | undefined;
      if (!width || !(rendered instanceof Node)) return rendered;
      const frame = document.createElement('div');
      frame.style.maxWidth = width;
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
};

export default preview;
