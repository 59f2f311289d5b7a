import { existsSync, readdirSync } from 'node:fs';
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
 * Properties that normalise what they are given (`levels` takes `'L3 L4'` or a list) are get/set
 * pairs; the analyzer types them by their getter. A page (and a framework) assigns the setter's
 * type, so that is the type documented for the property (attributes: see attributeTypes).
 */
function setterTypes() {
  /** class name → property name → the setter parameter's type */
  const types = new Map();
  return {
    name: 'ladder-elements:setter-types',
    analyzePhase({ ts, node }) {
      if (!ts.isSetAccessorDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      const type = node.parameters[0]?.type?.getText();
      if (!type || !ts.isIdentifier(node.name)) return;
      const cls = node.parent.name.getText();
      if (!types.has(cls)) types.set(cls, new Map());
      types.get(cls).set(node.name.getText(), type);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        const own = types.get(d.name);
        if (!own) continue;
        for (const m of d.members ?? []) if (own.has(m.name)) m.type = { text: own.get(m.name) };
      }
    },
  };
}

/**
 * An attribute's type is what its value means in HTML: a list attribute (`levels="L3 L4"`) is a
 * string, and a named union of string literals (`CompareMode`) is spelled out, so that editors
 * (VS Code custom data, JetBrains web-types) offer its values.
 */
function attributeTypes() {
  const unions = new Map();
  return {
    name: 'ladder-elements:attribute-types',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals) unions.set(node.name.getText(), node.type.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const a of d.attributes ?? []) {
          if (!a.type?.text) continue;
          const text = a.type.text.replace(/\bstring\[\]/g, 'string').replace(/\b[A-Z]\w*\b/g, (name) => unions.get(name) ?? name);
          a.type = { text };
        }
      }
    },
  };
}

/**
 * The manifest documents what a page can use: private and protected members (and the backing
 * fields of accessors) are left out, everywhere, inherited ones included.
 */
function publicMembersOnly() {
  const isPublic = (m) => !m.privacy && !m.name.startsWith('#') && !m.name.startsWith('_');
  return {
    name: 'ladder-elements:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (d.members) d.members = d.members.filter(isPublic);
      }
    },
  };
}

/**
 * Each `src/elements/<name>/<name>.ts` registers its tag with the guarded helper,
 * `define('ladder-level-card', LadderLevelCardElement)`, which the analyzer does not know: such calls
 * become `custom-element-definition` exports of that module, so tools can map a tag to the module
 * that defines it.
 */
function definitionsFromDefineCalls() {
  return {
    name: 'ladder-elements:definitions-from-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      const name = cls.getText();
      // The module the class is imported from, relative to this one.
      const from = node
        .getSourceFile()
        .statements.filter((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier))
        .find((s) => s.importClause?.namedBindings?.elements?.some((e) => e.name.getText() === name))?.moduleSpecifier.text;
      const dir = moduleDoc.path.slice(0, moduleDoc.path.lastIndexOf('/') + 1);
      const module = from ? new URL(from.replace(/\.js$/, '.ts'), `file:///${dir}`).pathname.slice(1) : moduleDoc.path;
      (moduleDoc.exports ??= []).push({ kind: 'custom-element-definition', name: tag.text, declaration: { name, module } });
    },
  };
}

/**
 * Paths as the package ships them: `src/elements/x/x.element.ts` is `dist/lib/elements/x/x.element.js`
 * (vite.config.ts builds dist/lib/ module for module). Every `path` and `module` in the manifest.
 */
function shippedPaths() {
  const shipped = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/lib/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = shipped(v);
        else rewrite(v);
      }
    }
  };
  return {
    name: 'ladder-elements:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
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

/** Each element's define module: src/elements/<name>/<name>.ts. */
const defineModules = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.ts`))
  .map((d) => `src/elements/${d.name}/${d.name}.ts`)
  .sort();

export default {
  // The shared base class is analysed too, so that every element lists the attributes and properties
  // it inherits from it (ladder, src, theme, strings) with `inheritedFrom`.
  // Each element's define module too, for its `custom-element-definition` export.
  globs: [
    'src/elements/**/*.element.ts',
    'src/elements/shared/ladder-element.ts',
    'src/events/*.ts',
    ...defineModules,
    // Named string unions that attributes use (their values are spelled out for editors).
    'src/model/compare-view.ts',
  ],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json (its "customElements" field is set by hand).
  packagejson: false,
  plugins: [
    parameterProperties(),
    setterTypes(),
    attributeTypes(),
    definitionsFromDefineCalls(),
    eventNamesFromEventClasses(),
    publicMembersOnly(),
    shippedPaths(),
    modulesInPathOrder(),
  ],
};
