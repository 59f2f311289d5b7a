/**
 * The ladder validator (src/model/validate-ladder.ts), loaded on demand: a page showing
 * only the bundled ladder never needs it. Loaded for a `.ladder` object or a `src`.
 */
type Validator = typeof import('../model/validate-ladder.js');

let validator: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** The validator once loaded, else undefined. */
export const loadedValidator = (): Validator | undefined => validator;

/** Loads the validator (once; a failed load is tried again on the next call). */
export function loadValidator(): Promise<Validator> {
  loading ??= import('../model/validate-ladder.js').then(
    (m) => (validator = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Makes the validator available at once, for code that has it loaded already (the public entry, a server render). */
export function provideValidator(module: Validator): void {
  validator = module;
  loading = Promise.resolve(module);
}
