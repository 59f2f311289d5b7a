// Every story's controls and API tables (attributes, properties, events, slots, parts, CSS custom
// properties) come from custom-elements.json: `npm run manifest` writes it from the sources' JSDoc.
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  slots?: { name: string; description?: string }[];
}

const declarations = (manifest.modules as unknown as { declarations?: Declaration[] }[]).flatMap((m) => m.declarations ?? []);

/**
 * The API tables show what a page can use: no private or protected members, no statics, and the
 * default slot under a name (Storybook drops entries without one). The shipped manifest keeps all.
 */
function forStorybook(): unknown {
  const copy = structuredClone(manifest) as unknown as { modules: { declarations?: Declaration[] }[] };
  for (const declaration of copy.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.members) declaration.members = declaration.members.filter((m) => !m.privacy && !m.static && !m.name.startsWith('#'));
    for (const slot of declaration.slots ?? []) if (slot.name === '') slot.name = '(default)';
  }
  return copy;
}

setCustomElementsManifest(forStorybook());

/**
 * Storybook's default web-components render sets each arg as a property of the element. So a control
 * is kept only where setting that name does something: on properties and on attributes whose property
 * has the same name (`level`), not on `show-inherited` (its property `showInherited` has the
 * control), nor on read-only properties, events, slots, parts or CSS custom properties, which have
 * their rows in the table.
 */
const controlsOnWritableProperties: ArgTypesEnhancer = ({ argTypes, component }) => {
  const declaration = declarations.find((d) => d.tagName === component);
  if (!declaration) return argTypes;
  const writable = new Set(
    (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.privacy && !m.static).map((m) => m.name),
  );
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const controllable = (category === 'properties' || category === 'attributes') && writable.has(name);
      return [name, controllable ? argType : { ...argType, control: false }];
    }),
  );
};

const preview: Preview = {
  argTypesEnhancers: [controlsOnWritableProperties],
  parameters: {
    controls: { expanded: true },
    // The a11y panel runs axe on every story; `npm test` (test/node/storybook.test.ts) fails on any
    // serious or critical violation.
    a11y: { options: { resultTypes: ['violations'] } },
  },
};

export default preview;
