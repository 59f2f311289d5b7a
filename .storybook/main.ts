// Storybook (`npm run storybook`, `npm run build-storybook`): every element in every state, with API
// tables built from custom-elements.json (`npm run manifest`), i.e. from the sources' JSDoc.
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { normalizePath, type Plugin, type PluginOption } from 'vite';

const SRC = normalizePath(fileURLToPath(new URL('../src/', import.meta.url)));

/**
 * The project's own Vite plugins (vite.config.ts) post-process the drop-in bundle; they have no place in
 * Storybook's build. All but the one that lets the dev server load the ladders' JSON (`npm run storybook`).
 */
function isProjectPlugin(plugin: PluginOption): boolean {
  return (
    !!plugin &&
    typeof plugin === 'object' &&
    'name' in plugin &&
    plugin.name.startsWith('ladder-elements:') &&
    plugin.name !== 'ladder-elements:serve-json-as-modules'
  );
}

/**
 * package.json's "sideEffects" names the published files only, and the bundler applies it to the
 * sources too: stories import an element's module for its side effect (registering the tag), which
 * would be dropped. Every module under src/ keeps its side effects here.
 */
const sourcesHaveSideEffects: Plugin = {
  name: 'storybook:sources-have-side-effects',
  transform(code, id) {
    return id.startsWith(SRC) ? { code, map: null, moduleSideEffects: true } : undefined;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The ladder JSON files, so that stories can load one with `src` as a page would. Not at /ladders/:
  // in dev that is where Vite serves the modules that import them (src/data/registry.ts).
  staticDirs: [{ from: '../ladders', to: '/hosted-ladders' }],
  // This machine reaches no network but the npm registry; nothing phones home.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" onboarding checklist in the sidebar of `npm run storybook`.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    const plugins = (viteConfig.plugins ?? []).flat(Number.POSITIVE_INFINITY as 1) as PluginOption[];
    viteConfig.plugins = [...plugins.filter((p) => !isProjectPlugin(p)), sourcesHaveSideEffects];
    // Storybook's renderer imports lit/directive-helpers.js besides lit: pre-bundled together in dev,
    // they share one lit-html (else Lit warns "Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    // Storybook's own manager and docs chunks are large; that is expected for a static docs site.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2000 };
    return viteConfig;
  },
};

export default config;
