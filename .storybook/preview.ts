// Every story's controls and API tables (attributes, properties, methods, events, slots, parts, CSS
// custom properties) come from custom-elements.json: `npm run manifest` writes it from the sources'
// JSDoc, without private or protected members. What the tables show is api-table.ts.
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { controlsAndMethods, forStorybook } from './api-table.js';

setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  argTypesEnhancers: [controlsAndMethods(manifest)],
  parameters: {
    controls: { expanded: true },
    // The a11y panel runs axe on every story; `npm test` (test/node/storybook.test.ts) fails on any
    // serious or critical violation.
    a11y: { options: { resultTypes: ['violations'] } },
  },
};

export default preview;
