/** A value recomputed only when one of its inputs (compared by identity) changed: view models in willUpdate. */
export class Memo<T> {
  private inputs?: readonly unknown[];
  private value?: T;

  get(inputs: readonly unknown[], compute: () => T): T {
    const last = this.inputs;
    if (!last || last.length !== inputs.length || inputs.some((v, i) => v !== last[i])) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as T;
  }
}
