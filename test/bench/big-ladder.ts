import type { Item, Ladder } from '../../src/model/types.js';

/** A generated line of levels for benchmarks: each level adds `sections × itemsPerSection` items of `itemLength` characters. */
export function bigLadder(o: { levels: number; sections: number; itemsPerSection: number; itemLength: number }): Ladder {
  const kinds = ['expectation', 'expectation', 'red-flag', 'example'] as const;
  const sections = Array.from({ length: o.sections }, (_, s) => ({
    id: `section-${s + 1}`,
    title: `Section ${s + 1}`,
    kind: kinds[s % kinds.length]!,
  }));
  const words = 'Leads design reviews across teams and mentors engineers so that work follows *shared* practices and `standards` ';
  const text = (l: number, s: number, i: number) =>
    `${l}.${s}.${i} ${words.repeat(Math.ceil(o.itemLength / words.length))}`.slice(0, o.itemLength);
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Benchmark ladder',
    sections,
    levels: Array.from({ length: o.levels }, (_, l) => ({
      id: `L${l + 1}`,
      title: `Level ${l + 1}`,
      ...(l > 0 ? { inherits: `L${l}` } : {}),
      items: Object.fromEntries(
        sections.map((section, s) => [
          section.id,
          Array.from({ length: o.itemsPerSection }, (_, i): Item => ({ id: `l${l + 1}-s${s + 1}-${i}`, text: text(l + 1, s + 1, i) })),
        ]),
      ),
    })),
  };
}
