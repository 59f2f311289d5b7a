// The embed page's parameters (src/embed/embed-params.ts), with the whole XSS corpus in every
// parameter and as parameter names: each hostile value is refused with a message that quotes it
// (the page shows messages as text: test/node/hardening-embed.test.ts) or passed on only as an
// attribute value; a `src` is only ever an http(s) URL. Pure logic, so it runs here in Node.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEmbedParams } from '../../src/embed/embed-params.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

const PAGE = 'https://wiki.example/ladder/embed.html';
const PAYLOADS = [...new Set(XSS_PAYLOADS.map((p) => p.payload))];
const enc = encodeURIComponent;
const parse = (query: string) => parseEmbedParams(`?${query}`, PAGE);

describe('parseEmbedParams', () => {
  it('reads each view into its element and attributes', () => {
    assert.deepEqual(parse('view=card&ladder=engineering&level=L4&theme=dark&compact=true&show-inherited=0'), {
      config: {
        tag: 'ladder-level-card',
        attributes: [
          ['ladder', 'engineering'],
          ['level', 'L4'],
          ['theme', 'dark'],
          ['compact', ''],
        ],
      },
      problems: [],
    });
    assert.deepEqual(parse('view=compare&levels=L3,%20L4&mode=delta&src=ladders/acme.json'), {
      config: {
        tag: 'ladder-compare',
        attributes: [
          ['levels', 'L3 L4'],
          ['mode', 'delta'],
          ['src', 'https://wiki.example/ladder/ladders/acme.json'],
        ],
      },
      problems: [],
    });
    assert.deepEqual(parse('level=L2&view=checklist&storage-key=team-a').config, {
      tag: 'ladder-checklist',
      attributes: [
        ['level', 'L2'],
        ['storage-key', 'team-a'],
      ],
    });
    assert.equal(parse('level=L1').config?.tag, 'ladder-level-card');
  });

  it('names every problem of a wrong link at once', () => {
    assert.deepEqual(parse('view=card&lvel=L4&theme=blue').problems, [
      'Unknown parameter "lvel" for view=card. Known parameters: ladder, src, theme, view, level, compact, show-inherited.',
      '"theme" must be light or dark (it is "blue").',
      'view=card needs a level, e.g. &level=L4.',
    ]);
    assert.deepEqual(parse('view=compare&levels=&mode=all&compact=1').problems, [
      '"levels" must be level ids separated by commas, such as L3,L4 (it is "").',
      '"mode" must be delta or cumulative (it is "all").',
      'Unknown parameter "compact" for view=compare. Known parameters: ladder, src, theme, view, levels, mode.',
    ]);
    assert.deepEqual(parse('view=card&level=L1&compact=yes&src=ftp://x.example/l.json').problems, [
      '"compact" is a switch: use compact=true or leave it out.',
      '"src" must be an http(s) URL of a ladder JSON file (it is "ftp://x.example/l.json").',
    ]);
  });

  it('parameters named after Object.prototype members are unknown parameters, and no view', () => {
    assert.deepEqual(
      parse('view=card&level=L1&toString=1&constructor=x&__proto__=y&hasOwnProperty=1').problems.map((t) =>
        t.replace(/ Known parameters: .*$/, ''),
      ),
      [
        'Unknown parameter "toString" for view=card.',
        'Unknown parameter "constructor" for view=card.',
        'Unknown parameter "__proto__" for view=card.',
        'Unknown parameter "hasOwnProperty" for view=card.',
      ],
    );
    for (const view of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      assert.deepEqual(parse(`view=${view}&level=L1`), {
        problems: [`"view" must be one of: card, compare, checklist (it is "${view}").`],
      });
  });

  describe(`the whole XSS corpus (${PAYLOADS.length} payloads)`, () => {
    it('as level, theme, compact, mode and levels values and as parameter names: refused, each quoted in its message', () => {
      for (const p of PAYLOADS) {
        const card = parse(`view=card&level=${enc(p)}&theme=${enc(p)}&compact=${enc(p)}&${enc(p)}=1`);
        assert.equal(card.config, undefined, p);
        assert.deepEqual(
          card.problems,
          [
            `"level" must be a level id such as L4 (it is "${p}").`,
            `"theme" must be light or dark (it is "${p}").`,
            '"compact" is a switch: use compact=true or leave it out.',
            `Unknown parameter "${p}" for view=card. Known parameters: ladder, src, theme, view, level, compact, show-inherited.`,
          ],
          p,
        );
        const compare = parse(`view=compare&mode=${enc(p)}&levels=${enc(p)}`);
        assert.deepEqual(
          compare.problems,
          [
            `"mode" must be delta or cumulative (it is "${p}").`,
            `"levels" must be level ids separated by commas, such as L3,L4 (it is "${p}").`,
          ],
          p,
        );
      }
    });

    it('as the view: refused, quoted', () => {
      for (const p of PAYLOADS)
        assert.deepEqual(
          parse(`view=${enc(p)}&level=L1`),
          { problems: [`"view" must be one of: card, compare, checklist (it is "${p}").`] },
          p,
        );
    });

    it('as src: refused unless it is an http(s) URL, and then only ever that URL', () => {
      let accepted = 0;
      for (const p of PAYLOADS) {
        const { config, problems } = parse(`view=compare&src=${enc(p)}`);
        if (!config) {
          assert.deepEqual(problems, [`"src" must be an http(s) URL of a ladder JSON file (it is "${p}").`], p);
          continue;
        }
        accepted++;
        const [[name, value]] = config.attributes as [[string, string]];
        assert.equal(name, 'src');
        const url = new URL(value);
        assert.ok(url.protocol === 'https:' || url.protocol === 'http:', `${p} → ${value}`);
        assert.equal(value, new URL(p, PAGE).href, p);
      }
      // Most payloads are relative URLs on the page's own host (where they find nothing); those with a
      // script scheme are refused.
      assert.ok(accepted > 0 && accepted < PAYLOADS.length, `${accepted} accepted`);
      for (const p of ['javascript:__xssHit(1)', ' JaVaScRiPt:x', 'data:text/html,<script>x</script>', 'vbscript:x'])
        assert.equal(parse(`view=compare&src=${enc(p)}`).config, undefined, p);
    });

    it('as ladder and storage-key: passed on unchanged, as attribute values', () => {
      for (const p of PAYLOADS)
        assert.deepEqual(
          parse(`view=checklist&level=L1&ladder=${enc(p)}&storage-key=${enc(p)}`).config,
          {
            tag: 'ladder-checklist',
            attributes: [
              ['level', 'L1'],
              ['ladder', p],
              ['storage-key', p],
            ],
          },
          p,
        );
    });
  });
});
