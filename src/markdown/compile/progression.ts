/**
 * The progression-framework format many companies forked: the whole matrix in front matter,
 * `topics[] { name, title, content[] { level, criteria[], exampleCriteria[] { criteria, examples[] } } }`,
 * followed by prose. Topics are sections in their declared order, the numbers are levels ("Level 1",
 * id `L1`), each criterion an item, and examples stay attached to their item (`examples`).
 */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { type Builder, levelPath } from './builder.js';
import { entries, type FrontMatter, nodeLines, pairLines, scalarText } from './front-matter.js';
import type { Ledger } from './ledger.js';
import { titleCase } from './text.js';

/** Keys of a progression file's front matter that carry no ladder content (site navigation). */
const TOP_KEYS = ['topics', 'title', 'levels'];

export function readProgression(b: Builder, ledger: Ledger, fm: FrontMatter, map: YAMLMap): void {
  const file = ledger.file;
  b.note(file, 'progression framework: front matter topics are sections, content levels are levels');
  ledger.markup(fm.open);
  ledger.markup(fm.close);
  const bad = (node: unknown, message: string) => b.error(file, nodeLines(fm, node as never)[0], message);
  for (const { key, keyNode, value } of entries(map)) {
    const [from, to] = pairLines(fm, keyNode, value);
    if (key === 'title') {
      const text = scalarText(value);
      if (text && b.setTitle(text, { file, line: from })) ledger.use(from, to, () => '$.title');
      else b.ignore(ledger, from, to, `front matter "title": the ladder's title is given by ${b.title?.loc.file}:${b.title?.loc.line}`);
    } else if (key === 'levels') {
      ledger.use(from, to, () => '$.levels');
    } else if (!TOP_KEYS.includes(key)) {
      b.ignore(ledger, from, to, `front matter "${key}": not part of a ladder (read: ${TOP_KEYS.join(', ')})`);
    }
  }
  const topics = map.get('topics', true);
  if (!isSeq(topics)) {
    bad(topics ?? map, 'front matter "topics" must be a list of topics ({ name, title, content })');
    return;
  }
  ledger.markup(...pairLines(fm, (map.items.find((p) => isScalar(p.key) && p.key.value === 'topics')?.key ?? null) as never, null));
  for (const topic of topics.items) {
    if (!isMap(topic)) {
      bad(topic, 'a topic must be a mapping with name, title and content');
      continue;
    }
    // Without a title, the name ("communication") titled as a person would write it.
    const title = scalarText(topic.get('title', true))?.trim() || titleCase(scalarText(topic.get('name', true))?.trim() ?? '');
    const [tFrom, tTo] = nodeLines(fm, topic as never);
    if (!title) {
      bad(topic, 'a topic needs a "title" (or a "name")');
      continue;
    }
    const section = b.section(title, { file, line: tFrom });
    if (!section) continue;
    if (!b.declaredSections.includes(title)) b.declaredSections.push(title);
    ledger.use(tFrom, tTo, () => `$.sections[${section.index}]`);
    for (const { key, keyNode, value } of entries(topic)) {
      if (key === 'name' || key === 'title') continue;
      const [from, to] = pairLines(fm, keyNode, value);
      if (key === 'description' && scalarText(value)) {
        b.describeSection(section, scalarText(value) as string);
        ledger.use(from, to, () => `$.sections[${section.index}].description`);
      } else if (key === 'content') {
        ledger.markup(from);
      } else b.ignore(ledger, from, to, `topic key "${key}": a topic has name, title, description and content`);
    }
    const content = topic.get('content', true);
    if (content === undefined || content === null) continue;
    if (!isSeq(content)) {
      bad(content, `topic "${title}": "content" must be a list of { level, criteria, exampleCriteria }`);
      continue;
    }
    for (const block of content.items) {
      if (!isMap(block)) {
        bad(block, `topic "${title}": each content entry must be a mapping with level, criteria and exampleCriteria`);
        continue;
      }
      const levelNode = block.get('level', true);
      const levelName = scalarText(levelNode);
      if (!levelName) {
        bad(block, `topic "${title}": a content entry needs a "level" (1, 2, …)`);
        continue;
      }
      const [lFrom] = nodeLines(fm, levelNode as never);
      const lv = b.levelNamed(levelName, { file, line: lFrom });
      if (!lv) continue;
      ledger.use(lFrom, lFrom, () => levelPath(lv));
      for (const { key, keyNode, value } of entries(block)) {
        const [from, to] = pairLines(fm, keyNode, value);
        if (key === 'level') continue;
        if (key !== 'criteria' && key !== 'exampleCriteria') {
          b.ignore(ledger, from, to, `content key "${key}": a content entry has level, criteria and exampleCriteria`);
          continue;
        }
        ledger.markup(from);
        if (value === null || (isScalar(value) && value.value === null)) continue;
        if (!isSeq(value)) {
          bad(value, `"${key}" must be a list`);
          continue;
        }
        for (const entry of value.items) {
          const plain = key === 'criteria' ? scalarText(entry) : scalarText(isMap(entry) ? entry.get('criteria', true) : undefined);
          const [eFrom, eTo] = nodeLines(fm, entry as never);
          if (!plain?.trim()) {
            bad(entry, key === 'criteria' ? '"criteria" entries must be texts' : 'each "exampleCriteria" entry needs a "criteria" text');
            continue;
          }
          const exampleNodes = isMap(entry) ? entry.get('examples', true) : undefined;
          const examples = isSeq(exampleNodes) ? exampleNodes.items.map((e) => scalarText(e)?.trim() ?? '') : [];
          const at = b.item(lv, section, { text: plain.trim(), examples: examples.filter(Boolean) }, { file, line: eFrom });
          if (!at) continue;
          ledger.use(eFrom, eTo, at);
          if (!isMap(entry)) continue;
          for (const pair of entries(entry)) {
            const [pFrom, pTo] = pairLines(fm, pair.keyNode, pair.value);
            if (pair.key === 'criteria') continue;
            if (pair.key !== 'examples') {
              b.ignore(ledger, pFrom, pTo, `exampleCriteria key "${pair.key}": an entry has criteria and examples`);
              continue;
            }
            if (examples.some(Boolean)) ledger.use(pFrom, pTo, () => `${at()}.examples`);
            else ledger.markup(pFrom, pTo);
            let i = 0;
            for (const e of isSeq(exampleNodes) ? exampleNodes.items : []) {
              const [xFrom, xTo] = nodeLines(fm, e as never);
              if (scalarText(e)?.trim()) {
                const n = i++;
                ledger.use(xFrom, xTo, () => `${at()}.examples[${n}]`);
              } else b.ignore(ledger, xFrom, xTo, 'empty example');
            }
          }
        }
      }
    }
  }
}
