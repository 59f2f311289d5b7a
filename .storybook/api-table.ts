// What Storybook's API tables and controls show, from custom-elements.json (used by preview.ts;
// tested in Node by test/node/storybook-api.test.ts with Storybook's own extraction).
import type { ArgTypesEnhancer, InputType } from 'storybook/internal/types';

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  description?: string;
  type?: { text: string };
  parameters?: { name: string; type?: { text: string } }[];
  return?: { type?: { text: string } };
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}

/**
 * Storybook keys the API table's rows by name, across its sections: a CSS part named like a
 * property (the compare's `levels`, `mode`, `filter` parts; the checklist's `summary`) would replace
 * the property's row and its control. Parts are listed as `::part(name)`, as a stylesheet says them;
 * the default slot gets a name (rows without one are dropped); statics are left out.
 */
export function forStorybook(manifest: object): unknown {
  const copy = structuredClone(manifest) as unknown as { modules: { declarations?: Declaration[] }[] };
  for (const declaration of copy.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.members) declaration.members = declaration.members.filter((m) => !m.static);
    for (const slot of declaration.slots ?? []) if (slot.name === '') slot.name = '(default)';
    for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  }
  return copy;
}

/** `'light' | 'dark' | undefined` → ['light', 'dark']; undefined unless the type is a union of string literals. */
function literalOptions(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  const literals = parts.map((p) => p.match(/^'([^']*)'$/)?.[1]);
  return literals.length && literals.every((l) => l !== undefined) ? (literals as string[]) : undefined;
}

/** The control a property's type calls for: text for strings (and ids, URLs, level lists), a switch for booleans, choices for unions. */
function controlFor(type: string): InputType['control'] {
  const options = literalOptions(type);
  if (options) return { type: options.length > 3 ? 'select' : 'inline-radio' };
  const parts = new Set(type.split('|').map((p) => p.trim()));
  parts.delete('undefined');
  if (parts.has('boolean')) return { type: 'boolean' };
  // `ladder` is an id in a control (an object in code); `levels` takes 'L3 L4'.
  if (parts.has('string')) return { type: 'text' };
  return { type: 'object' };
}

/**
 * Storybook's default web-components render sets each arg as a property of the element, so a control
 * is kept only where setting that name does something: on writable properties (`showInherited`), not
 * on attributes whose property has another name (`show-inherited`), read-only properties, events,
 * slots, parts or CSS custom properties, which have their rows in the table. Each control is of the
 * kind its type calls for (the attribute's type spells out named unions such as CompareMode).
 * Public methods get rows of their own.
 */
export const controlsAndMethods =
  (manifest: object): ArgTypesEnhancer =>
  ({ argTypes, component }) => {
    const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);
    const declaration = declarations.find((d) => d.tagName === component);
    if (!declaration) return argTypes;
    const members = declaration.members ?? [];
    const writable = new Map(members.filter((m) => m.kind === 'field' && !m.readonly && !m.static).map((m) => [m.name, m]));
    const attributeType = (name: string) => declaration.attributes?.find((a) => a.fieldName === name)?.type?.text;
    const enhanced: Record<string, InputType> = Object.fromEntries(
      Object.entries(argTypes).map(([name, argType]) => {
        const category = argType.table?.category;
        const member = writable.get(name);
        if (!member || (category !== 'properties' && category !== 'attributes')) return [name, { ...argType, control: false }];
        const type = attributeType(name) ?? member.type?.text ?? 'string';
        const options = literalOptions(type);
        return [name, { ...argType, control: argType.control ?? controlFor(type), ...(options && !argType.options ? { options } : {}) }];
      }),
    );
    for (const method of members.filter((m) => m.kind === 'method' && !m.static && !m.name.endsWith('Callback'))) {
      const params = (method.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
      const signature = `(${params}) => ${method.return?.type?.text ?? 'void'}`;
      enhanced[`${method.name}()`] = {
        name: `${method.name}()`,
        description: method.description ?? '',
        control: false,
        table: { category: 'methods', type: { summary: signature } },
      };
    }
    return enhanced as ReturnType<ArgTypesEnhancer>;
  };
