// Ladders made for stories (layout under stress). Not a story: imported by stories.
import type { Item, Ladder } from '../src/model/types.js';

/** `count` levels in a line, each inheriting the one before and adding a few items. */
export function manyLevelsLadder(count = 12): Ladder {
  return {
    schemaVersion: 1,
    id: 'many-levels',
    title: 'A ladder with many levels',
    sections: [
      { id: 'skills', title: 'Skills', kind: 'expectation' },
      { id: 'red-flags', title: 'Red flags', kind: 'red-flag' },
    ],
    levels: Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      const skills: Item[] = [
        { id: `l${n}-scope`, text: `Owns work of scope ${n}`, ...(i > 0 ? { replaces: `l${i}-scope` } : {}) },
        { id: `l${n}-craft`, text: `Practises craft ${n} with **care**` },
      ];
      return {
        id: `L${n}`,
        title: `Level ${n}`,
        summary: `Level ${n} of ${count}.`,
        ...(i > 0 ? { inherits: `L${i}` } : {}),
        items: { skills, 'red-flags': [{ id: `l${n}-flag`, text: `Avoids problem ${n}` }] },
      };
    }),
  };
}
