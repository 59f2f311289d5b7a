// React 19 JSX and Vue 3 template types for the ladder elements, from custom-elements.json.
//
// Written here rather than with custom-element-jsx-integration / custom-element-vuejs-integration:
// those type every event handler as `(e: CustomEvent<T>) => void`, but our events are classes of
// their own (`LadderCompareChangeEvent extends Event`, with `levels` on the event, no `detail`), and
// they type a property by its getter (`LadderCompareElement['levels']`), where a framework assigns
// the setter's type (`'L3 L4'` or a list). The Vue one also adds every tag to the global JSX
// namespace, which breaks React's types in an app that has both.

const BUILTIN = new Set(['Partial', 'Readonly', 'ReadonlyArray', 'Record', 'Array', 'Promise', 'HTMLFormElement', 'HTMLElement', 'Event']);

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());
/** A JSDoc comment, indented; `*​/` cannot end it early. */
const doc = (text, indent) => (text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** Every element of the manifest: its class, module (relative to dist/types/), properties, attributes and events. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })))
    .filter((d) => d.tagName)
    .sort((a, b) => (a.tagName < b.tagName ? -1 : 1))
    .map((d) => {
      const properties = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy);
      const attributes = (d.attributes ?? []).filter((a) => a.fieldName && a.name !== a.fieldName);
      return {
        tag: d.tagName,
        className: d.name,
        summary: d.summary ?? d.description ?? '',
        typesModule: `./${d.module.replace(/^dist\/lib\//, '')}`,
        properties: properties.map((p) => ({ name: p.name, type: p.type?.text ?? 'unknown', description: p.description ?? '' })),
        // Attribute names a template may use besides the property names (`show-inherited`): typed as attributes.
        attributes: attributes.map((a) => ({
          name: a.name,
          fieldName: a.fieldName,
          type: a.type?.text ?? 'string',
          description: a.description ?? '',
        })),
        events: (d.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? 'Event', description: e.description ?? '' })),
      };
    });
}

/** Names of the types the property and event types mention, imported from the package's index. */
function typeNames(elements) {
  const names = new Set();
  for (const e of elements)
    for (const t of [...e.properties, ...e.attributes, ...e.events].map((x) => x.type))
      for (const name of t.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []) if (!BUILTIN.has(name)) names.add(name);
  return [...names].sort();
}

function header(elements, lines) {
  return [
    '// Generated from custom-elements.json by scripts/framework-types.mjs (npm run build): do not edit.',
    ...lines,
    `import type { ${typeNames(elements).join(', ')} } from './index.js';`,
    ...elements.map((e) => `import type { ${e.className} } from '${e.typesModule}';`),
    '',
  ].join('\n');
}

/** `dist/types/react.d.ts`: props of every tag for React 19's JSX (`react/jsx-runtime` included). */
export function reactTypes(manifest) {
  const elements = elementsOf(manifest);
  const props = elements.map((e) => {
    const members = [
      ...e.properties.map((p) => `${doc(p.description, '  ')}  ${key(p.name)}?: ${p.type};`),
      ...e.attributes.map(
        (a) => `${doc(`The \`${a.name}\` attribute (property \`${a.fieldName}\`): ${a.description}`, '  ')}  ${key(a.name)}?: ${a.type};`,
      ),
      // React 19 listens to custom events through `on` + the event's name, as written.
      ...e.events.map((ev) => `${doc(ev.description, '  ')}  ${key(`on${ev.name}`)}?: (event: ${ev.type}) => void;`),
    ];
    return `${doc(`Props of \`<${e.tag}>\` in React 19: ${e.summary}`, '')}export interface ${pascal(e.tag)}Props
  extends DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}> {
${members.join('\n')}
}
`;
  });
  return `${header(elements, [
    '/**',
    ' * React 19 JSX types for the ladder elements (strings and booleans are attributes or properties; React 19 sets',
    ' * a property when the element has one of that name, and listens to `on<event-name>`). Load them once:',
    ' * `import type {} from \'ladder-elements/react\';` in a .d.ts of your app, or `"types": ["ladder-elements/react"]`.',
    ' */',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
  ])}
${props.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      ${key(e.tag)}: ${pascal(e.tag)}Props;`).join('\n')}
    }
  }
}
`;
}

/** `dist/types/vue.d.ts`: every tag as a global component for Vue 3 templates (vue-tsc). */
export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  const props = elements.map((e) => {
    const members = [
      ...e.properties.map((p) => `${doc(p.description, '  ')}  ${key(p.name)}?: ${p.type};`),
      // `@ladder-compare-change` in a template is the `onLadderCompareChange` listener.
      ...e.events.map((ev) => `${doc(ev.description, '  ')}  ${key(`on${pascal(ev.name)}`)}?: (event: ${ev.type}) => void;`),
    ];
    return `${doc(`Props of \`<${e.tag}>\` in Vue 3 templates (kebab-case attribute names work too): ${e.summary}`, '')}export interface ${pascal(e.tag)}VueProps extends HTMLAttributes {
${members.join('\n')}
}
`;
  });
  return `${header(elements, [
    '/**',
    ' * Vue 3 template types for the ladder elements: vue-tsc checks their props and events. Load them once:',
    ' * `import type {} from \'ladder-elements/vue\';` in a .d.ts of your app, or `"types": ["ladder-elements/vue"]`.',
    ' * The Vue compiler must still treat the tags as custom elements (compilerOptions.isCustomElement).',
    ' */',
    "import type { DefineComponent, HTMLAttributes } from 'vue';",
  ])}
${props.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    ${key(e.tag)}: DefineComponent<${pascal(e.tag)}VueProps>;`).join('\n')}
  }
}
`;
}
