// Configuration of `npm run manifest` (@custom-elements-manifest/analyzer): writes custom-elements.json,
// the element API (attributes, properties, events, slots, parts, CSS custom properties) read from the
// sources' JSDoc. The package ships it; Storybook's controls and API tables are built from it;
// test/node/manifest.test.ts fails when the committed file is stale.

/**
 * The analyzer reads `this.dispatchEvent(new SomeEvent(levels, mode))` as an event named after the
 * first argument ("levels"). Our event classes carry their name (`static readonly eventName = '…'`),
 * so such events are renamed to it and merged with the element's `@fires` entry of that name, and a
 * `@fires` entry gets its event class as type.
 */
function eventNamesFromEventClasses() {
  return {
    name: 'ladder-elements:event-names-from-event-classes',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      /** @type {Map<string, string>} event class name → event name */
      const eventNames = new Map();
      for (const d of declarations) {
        const field = d.kind === 'class' ? d.members?.find((m) => m.static && m.name === 'eventName') : undefined;
        const literal = field?.default?.match(/^(['"])(.+)\1$/)?.[2];
        if (literal) eventNames.set(d.name, literal);
      }
      const classOf = (eventName) => [...eventNames].find(([, n]) => n === eventName)?.[0];
      for (const d of declarations) {
        if (!d.events?.length) continue;
        const merged = [];
        for (const event of d.events) {
          const name = eventNames.get(event.type?.text) ?? event.name;
          const same = merged.find((e) => e.name === name);
          if (same) Object.assign(same, { ...event, ...same, name, type: same.type ?? event.type });
          else merged.push({ ...event, name });
        }
        for (const event of merged) {
          const cls = event.type ? undefined : classOf(event.name);
          if (cls) event.type = { text: cls };
        }
        d.events = merged;
      }
    },
  };
}

/**
 * The analyzer skips TypeScript parameter properties (`constructor(readonly levelId: string)`), which
 * is how the event classes declare their fields: add them as fields, with their doc comments.
 */
function parameterProperties() {
  return {
    name: 'ladder-elements:parameter-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const doc = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.getText());
      const ctor = node.members.find((m) => ts.isConstructorDeclaration(m));
      if (!doc || !ctor) return;
      const source = node.getSourceFile().getFullText();
      for (const param of ctor.parameters) {
        const modifiers = (ts.getModifiers(param) ?? []).map((m) => m.kind);
        if (modifiers.length === 0 || !ts.isIdentifier(param.name)) continue;
        const name = param.name.getText();
        if (modifiers.includes(ts.SyntaxKind.PrivateKeyword) || (doc.members ?? []).some((m) => m.name === name)) continue;
        const comment = (ts.getLeadingCommentRanges(source, param.pos) ?? [])
          .map((r) => source.slice(r.pos, r.end))
          .filter((c) => c.startsWith('/**'))
          .map((c) =>
            c
              .replace(/^\/\*\*|\*\/$/g, '')
              .replace(/^\s*\* ?/gm, '')
              .trim(),
          )
          .at(-1);
        (doc.members ??= []).push({
          kind: 'field',
          name,
          ...(param.type ? { type: { text: param.type.getText() } } : {}),
          ...(modifiers.includes(ts.SyntaxKind.ReadonlyKeyword) ? { readonly: true } : {}),
          ...(modifiers.includes(ts.SyntaxKind.ProtectedKeyword) ? { privacy: 'protected' } : {}),
          ...(comment ? { description: comment } : {}),
        });
      }
    },
  };
}

/**
 * Modules in path order: the glob lists files in the order the file system gives them, which differs
 * between machines, and test/node/manifest.test.ts compares the committed file byte for byte.
 */
function modulesInPathOrder() {
  return {
    name: 'ladder-elements:modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  // The shared base class is analysed too, so that every element lists the attributes and properties
  // it inherits from it (ladder, src, theme, strings) with `inheritedFrom`.
  globs: ['src/elements/**/*.element.ts', 'src/elements/shared/ladder-element.ts', 'src/events/*.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json (its "customElements" field is set by hand).
  packagejson: false,
  plugins: [parameterProperties(), eventNamesFromEventClasses(), modulesInPathOrder()],
};
