import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The dataset as a static file, for stories that load a report from `src`.
  staticDirs: [{ from: '../data', to: '/reports' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Designers open Storybook to browse elements, not to learn Storybook: no onboarding checklist.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(config) {
    return {
      ...config,
      // Read the packages from source, as the tests do, so stories never need a build first.
      resolve: { ...config.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] },
      // One copy of Lit for Storybook and the stories ("Multiple versions of Lit loaded" otherwise).
      optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
    };
  },
};

export default config;
