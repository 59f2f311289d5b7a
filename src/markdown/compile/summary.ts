/** The build summary: what the compiler understood, as data (`--json`) and as a short table for a terminal. */
import type { Ladder } from '../../model/types.js';
import type { BuildSummary, FileReading, SummaryLevel } from './types.js';

export function summarize(ladder: Ladder, files: FileReading[], warnings: number): BuildSummary {
  let items = 0;
  const levels = ladder.levels.map((level): SummaryLevel => {
    const counts: Record<string, number> = Object.create(null);
    for (const section of ladder.sections) {
      const n = Object.hasOwn(level.items, section.id) ? (level.items[section.id]?.length ?? 0) : 0;
      if (n) counts[section.id] = n;
      items += n;
    }
    return { id: level.id, title: level.title, ...(level.inherits ? { inherits: level.inherits } : {}), items: { ...counts } };
  });
  return {
    ladder: { id: ladder.id, title: ladder.title },
    files,
    sections: ladder.sections.map((s) => ({ id: s.id, title: s.title, kind: s.kind })),
    levels,
    items,
    warnings,
  };
}

/** Text from a source as a terminal shows it: control and direction characters escaped, cut to `max`. */
function safe(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * ```
 * Acme engineering (acme): 3 levels, 24 items in 3 sections, 1 warning
 * Read: ladder.md: levels are the ## headings (they hold the sections)
 * Sections: 1 Craft · 2 Impact · 3 Red flags (red-flag)
 *   level  title           builds on   1  2  3
 *   L1     Engineer I                  4  3  1
 * ```
 */
export function formatSummary(s: BuildSummary): string {
  const lines = [
    `${safe(s.ladder.title, 60)} (${s.ladder.id}): ${plural(s.levels.length, 'level')}, ${plural(s.items, 'item')} in ${plural(s.sections.length, 'section')}, ${plural(s.warnings, 'warning')}`,
  ];
  for (const f of s.files) lines.push(`Read ${safe(f.file, 80)}: ${safe(f.how, 120)}`);
  lines.push(
    `Sections: ${s.sections.map((x, i) => `${i + 1} ${safe(x.title, 40)}${x.kind === 'expectation' ? '' : ` (${x.kind})`}`).join(' · ')}`,
  );
  const rows = [
    ['level', 'title', 'builds on', ...s.sections.map((_, i) => String(i + 1))],
    ...s.levels.map((l) => [
      safe(l.id, 24),
      safe(l.title, 32),
      safe(l.inherits ?? '', 24),
      ...s.sections.map((x) => String(Object.hasOwn(l.items, x.id) ? l.items[x.id] : '·')),
    ]),
  ];
  const widths = rows[0]?.map((_, c) => rows.reduce((m, r) => Math.max(m, (r[c] ?? '').length), 0)) ?? [];
  for (const r of rows)
    lines.push(`  ${r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')}`.trimEnd());
  return `${lines.join('\n')}\n`;
}
