import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { Lexer } from 'marked';
import { MARKDOWN_CACHE_SIZE } from '../src/markdown/lex.js';
import { renderInlineMarkdown, renderMarkdown } from '../src/markdown/render.js';
import { safeHref } from '../src/markdown/safe-url.js';
import { markdownToText } from '../src/markdown/text.js';
import { afterAFrame, armXssTrap } from './hardening/dom-safety.js';
import { outsideAllowList } from './markdown/allow-list.js';

async function mount(template: TemplateResult): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>${template}</div>`);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The rendered structure as a string: elements with their (sorted) attributes and text; Lit's comment markers are skipped. */
function serialize(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child instanceof Text) out += escapeText(child.data);
    else if (child instanceof Element) {
      const tag = child.localName;
      const attrs = Array.from(child.attributes)
        .map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`)
        .sort()
        .join('');
      out += tag === 'br' || tag === 'hr' ? `<${tag}${attrs}>` : `<${tag}${attrs}>${serialize(child)}</${tag}>`;
    }
  }
  return out;
}

async function structure(template: TemplateResult): Promise<string> {
  return serialize(await mount(template));
}

const REL = 'rel="noopener noreferrer"';

describe('renderMarkdown: structure', () => {
  const cases: Array<[string, string, string]> = [
    ['paragraphs', 'one\ntwo\n\nthree', '<p>one\ntwo</p><p>three</p>'],
    [
      'emphasis, strong, code, strikethrough',
      '*e* _e2_ **s** `c <b>` ~~d~~ ~one~',
      '<p><em>e</em> <em>e2</em> <strong>s</strong> <code>c &lt;b&gt;</code> <del>d</del> <del>one</del></p>',
    ],
    ['nested emphasis', '**bold *and em***', '<p><strong>bold <em>and em</em></strong></p>'],
    ['line breaks', 'a  \nb\\\nc', '<p>a<br>b<br>c</p>'],
    ['unordered list', '- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['nested lists', '- a\n  - b\n    1. c\n- d', '<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>'],
    ['ordered list with start', '3. a\n4. b', '<ol start="3"><li>a</li><li>b</li></ol>'],
    ['ordered list from 1 has no start', '1. a\n2. b', '<ol><li>a</li><li>b</li></ol>'],
    ['ordered list from 0', '0. a', '<ol start="0"><li>a</li></ol>'],
    ['loose list keeps paragraphs', '- a\n\n- b', '<ul><li><p>a</p></li><li><p>b</p></li></ul>'],
    ['task list shows its checkbox as text', '- [ ] todo\n- [x] done', '<ul><li>[ ] todo</li><li>[x] done</li></ul>'],
    ['link with rel', '[x](https://example.com/a?b=1)', `<p><a href="https://example.com/a?b=1" ${REL}>x</a></p>`],
    ['link with title', '[x](http://a.com "The title")', `<p><a href="http://a.com" ${REL} title="The title">x</a></p>`],
    ['link text with markup', '[**b** `c`](https://a.com)', `<p><a href="https://a.com" ${REL}><strong>b</strong> <code>c</code></a></p>`],
    ['mailto link', '[mail](mailto:a@b.com)', `<p><a href="mailto:a@b.com" ${REL}>mail</a></p>`],
    ['email autolink', '<a@b.com>', `<p><a href="mailto:a@b.com" ${REL}>a@b.com</a></p>`],
    ['URL autolink', '<https://a.com/x>', `<p><a href="https://a.com/x" ${REL}>https://a.com/x</a></p>`],
    ['GFM bare URL', 'see www.a.com.', `<p>see <a href="http://www.a.com" ${REL}>www.a.com</a>.</p>`],
    ['relative path link', '[r](/docs/x.md)', `<p><a href="/docs/x.md" ${REL}>r</a></p>`],
    ['relative link', '[r](x/y)', `<p><a href="x/y" ${REL}>r</a></p>`],
    ['fragment link', '[f](#levels)', `<p><a href="#levels" ${REL}>f</a></p>`],
    ['query link', '[q](?level=L4)', `<p><a href="?level=L4" ${REL}>q</a></p>`],
    ['protocol-relative link is pinned to https', '[p](//cdn.example.com/x)', `<p><a href="https://cdn.example.com/x" ${REL}>p</a></p>`],
    ['reference link', '[x][r]\n\n[r]: https://a.com "T"', `<p><a href="https://a.com" ${REL} title="T">x</a></p>`],
    [
      'entities in link href and title',
      '[x](https://a.com/?a=1&amp;b=2 "say &quot;hi&quot;")',
      `<p><a href="https://a.com/?a=1&b=2" ${REL} title="say &quot;hi&quot;">x</a></p>`,
    ],
    [
      'character references in text',
      'a &amp; b &copy; &#106; &#x6A; &lt;i&gt; &unknown; &amp;amp;',
      '<p>a &amp; b © j j &lt;i&gt; &amp;unknown; &amp;amp;</p>',
    ],
    ['backslash escapes', '\\*not em\\* \\<b\\> \\&amp;', '<p>*not em* &lt;b&gt; &amp;amp;</p>'],
    ['code span keeps references literally', '`&amp; <i>`', '<p><code>&amp;amp; &lt;i&gt;</code></p>'],
    ['code block', '```js\nif (a < b) x = "&amp;";\n```', '<pre><code>if (a &lt; b) x = "&amp;amp;";</code></pre>'],
    ['indented code block', '    <b>x</b>', '<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>'],
    ['heading as strong paragraph', '## Scope *wide*', '<p><strong>Scope <em>wide</em></strong></p>'],
    ['blockquote', '> quoted **b**\n>\n> - l', '<blockquote><p>quoted <strong>b</strong></p><ul><li>l</li></ul></blockquote>'],
    ['horizontal rule', 'a\n\n---\n\nb', '<p>a</p><hr><p>b</p>'],
    [
      'table',
      '| a | *b* |\n|:--|--:|\n| 1 | `2` |',
      '<table><thead><tr><th>a</th><th><em>b</em></th></tr></thead><tbody><tr><td>1</td><td><code>2</code></td></tr></tbody></table>',
    ],
    ['image is shown as its source text', '![alt](https://a.com/i.png "t")', '<p>![alt](https://a.com/i.png "t")</p>'],
    ['inline HTML is shown as text', 'a <b>bold</b> c', '<p>a &lt;b&gt;bold&lt;/b&gt; c</p>'],
    ['block HTML is shown as text', '<div>\n*x*\n</div>', '<p>&lt;div&gt;\n*x*\n&lt;/div&gt;</p>'],
    [
      'refused link keeps its text and shows the URL',
      '[click *me*](javascript:void(0))',
      '<p><span part="refused-link" title="Link removed: unsupported URL">click <em>me</em> (javascript:void(0))</span></p>',
    ],
    [
      'refused autolink shows its source',
      '<ftp://a.com/x>',
      '<p><span part="refused-link" title="Link removed: unsupported URL">&lt;ftp://a.com/x&gt;</span></p>',
    ],
    ['empty text', '', ''],
  ];
  for (const [name, input, expected] of cases) {
    it(name, async () => {
      expect(await structure(renderMarkdown(input))).to.equal(expected);
    });
  }
});

describe('renderInlineMarkdown', () => {
  it('renders one paragraph without a <p>', async () => {
    expect(await structure(renderInlineMarkdown('Senior *Engineer* [docs](#d)'))).to.equal(
      `Senior <em>Engineer</em> <a href="#d" ${REL}>docs</a>`,
    );
  });
  it('ignores reference definitions and blank lines around the paragraph', async () => {
    expect(await structure(renderInlineMarkdown('\n[x][1]\n\n[1]: /a\n'))).to.equal(`<a href="/a" ${REL}>x</a>`);
  });
  it('falls back to block rendering for several blocks', async () => {
    expect(await structure(renderInlineMarkdown('a\n\nb'))).to.equal('<p>a</p><p>b</p>');
  });
  it('falls back to block rendering for a list', async () => {
    expect(await structure(renderInlineMarkdown('- a'))).to.equal('<ul><li>a</li></ul>');
  });
  it('renders empty text as nothing', async () => {
    expect(await structure(renderInlineMarkdown(''))).to.equal('');
  });
  it('highlights too', async () => {
    expect(await structure(renderInlineMarkdown('Staff engineer', { highlight: 'ENG' }))).to.equal(
      'Staff <mark part="match">eng</mark>ineer',
    );
  });
});

describe('highlight', () => {
  const mark = (s: string) => `<mark part="match">${s}</mark>`;
  const cases: Array<[string, string, string, string]> = [
    ['wraps every match case-insensitively', 'Foo bar FOO fOo', 'foo', `<p>${mark('Foo')} bar ${mark('FOO')} ${mark('fOo')}</p>`],
    ['wraps exactly the matching substring', 'Leadership', 'ders', `<p>Lea${mark('ders')}hip</p>`],
    ['treats the needle literally (no regex)', 'a.b axb (c)', 'a.b', `<p>${mark('a.b')} axb (c)</p>`],
    ['regex characters', 'x (c) [d]', '(c)', `<p>x ${mark('(c)')} [d]</p>`],
    ['escapes markup in the needle and the text', 'a <b> c', '<b>', `<p>a ${mark('&lt;b&gt;')} c</p>`],
    ['matches decoded text', 'R&amp;D', 'r&d', `<p>${mark('R&amp;D')}</p>`],
    [
      'inside emphasis, code and links (not across them)',
      '*ab* `ab` [ab](/ab) a**b**',
      'ab',
      `<p><em>${mark('ab')}</em> <code>${mark('ab')}</code> <a href="/ab" ${REL}>${mark('ab')}</a> a<strong>b</strong></p>`,
    ],
    ['backslash and dash in the needle', 'a\\b c-d', '\\b c-', `<p>a${mark('\\b c-')}d</p>`],
    ['no match', 'abc', 'z', '<p>abc</p>'],
    ['empty needle: none', 'abc', '', '<p>abc</p>'],
    ['non-ASCII', 'Ärger ärger', 'äRG', `<p>${mark('Ärg')}er ${mark('ärg')}er</p>`],
  ];
  for (const [name, input, needle, expected] of cases) {
    it(name, async () => {
      expect(await structure(renderMarkdown(input, { highlight: needle }))).to.equal(expected);
    });
  }
  it('never touches attributes', async () => {
    expect(await structure(renderMarkdown('[x](https://a.com/ab "ab")', { highlight: 'ab' }))).to.equal(
      `<p><a href="https://a.com/ab" ${REL} title="ab">x</a></p>`,
    );
  });
});

describe('safeHref', () => {
  const allowed: Array<[string, string]> = [
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['HTTP://EXAMPLE.COM', 'HTTP://EXAMPLE.COM'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['MailTo:someone@example.com', 'MailTo:someone@example.com'],
    ['/absolute/path', '/absolute/path'],
    ['relative/path.md', 'relative/path.md'],
    ['./x', './x'],
    ['../x', '../x'],
    ['#fragment', '#fragment'],
    ['?query=1', '?query=1'],
    ['', ''],
    ['a/b:c', 'a/b:c'],
    ['//example.com/x', 'https://example.com/x'],
    ['  https://a.com  ', 'https://a.com'],
    ['https://a.com/?a=1&amp;b=2', 'https://a.com/?a=1&b=2'],
    ['https://a.com/?a=1&copy=2', 'https://a.com/?a=1&copy=2'],
    ['h&#116;tps://a.com', 'https://a.com'],
    ['%6Aavascript:alert(1)', '%6Aavascript:alert(1)'],
    ['&amp;#106;avascript:alert(1)', '&#106;avascript:alert(1)'],
    ['#level-L4', '#level-L4'],
  ];
  for (const [input, expected] of allowed) {
    it(`allows ${JSON.stringify(input)}`, () => {
      expect(safeHref(input)).to.equal(expected);
    });
  }
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    '\u007fjavascript:alert(1)',
    'java script:alert(1)',
    '\u00a0javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#0000106;avascript:alert(1)',
    '&#106avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#X6a;avascript:alert(1)',
    '&#x0006A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&colon alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3a;alert(1)',
    '&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://a.com/1234',
    'ftp://a.com',
    'tel:123',
    'xmpp:a@b.com',
    'chrome://settings',
    'a:b',
    '///evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    '// evil.com',
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      expect(safeHref(input)).to.equal(undefined);
    });
  }
});

describe('markdownToText', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'plain'],
    ['**Own** the *design* of `x` and ~~y~~', 'Own the design of x and y'],
    ['[the docs](https://a.com) and <https://b.com>', 'the docs and https://b.com'],
    ['a &amp; b &copy; \\*', 'a & b © *'],
    ['one\n\ntwo', 'one\ntwo'],
    ['- a\n  - b\n- c', 'a\nb\nc'],
    ['- [ ] a\n- [x] b', '[ ] a\n[x] b'],
    ['line  \nbreak', 'line\nbreak'],
    ['# Heading\ntext', 'Heading\ntext'],
    ['```\ncode <b>\n```', 'code <b>'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', 'a b\n1 2'],
    ['x <b>y</b>', 'x <b>y</b>'],
    ['![alt](a.png)', '![alt](a.png)'],
    ['[x](javascript:alert(1))', 'x (javascript:alert(1))'],
    ['<javascript:alert(1)>', '<javascript:alert(1)>'],
    ['[x][1]\n\n[1]: /a', 'x'],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(markdownToText(input)).to.equal(expected);
    });
  }
});

describe('lexer cache', () => {
  const original = Lexer.prototype.lex;
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    Lexer.prototype.lex = function (this: Lexer, src: string) {
      calls++;
      return original.call(this, src);
    };
  });
  afterEach(() => {
    Lexer.prototype.lex = original;
  });

  it('lexes a text once and renders it identically every time', async () => {
    const text = `Cache *probe* ${Math.random()} [x](/y)\n\n- a\n- b`;
    const first = await structure(renderMarkdown(text));
    const second = await structure(renderMarkdown(text));
    const highlighted = await structure(renderMarkdown(text, { highlight: 'probe' }));
    const third = await structure(renderMarkdown(text));
    const inline = await structure(renderInlineMarkdown(text));
    expect(markdownToText(text)).to.contain('Cache probe');
    expect(calls).to.equal(1);
    expect(second).to.equal(first);
    expect(third).to.equal(first);
    expect(inline).to.equal(first);
    expect(highlighted).to.contain('<mark part="match">probe</mark>');
    expect(first).not.to.contain('<mark');
  });

  it('is bounded: old entries are dropped and lexed again with the same result', async () => {
    const text = `Evict *me* ${Math.random()}`;
    const before = await structure(renderMarkdown(text));
    for (let i = 0; i < MARKDOWN_CACHE_SIZE; i++) markdownToText(`filler ${i} ${Math.random()}`);
    calls = 0;
    const after = await structure(renderMarkdown(text));
    expect(calls).to.equal(1);
    expect(after).to.equal(before);
  });

  it('keeps recently used entries', () => {
    const kept = `Kept ${Math.random()}`;
    markdownToText(kept);
    for (let i = 0; i < MARKDOWN_CACHE_SIZE - 50; i++) markdownToText(`filler ${i} ${Math.random()}`);
    markdownToText(kept); // refreshes it
    for (let i = 0; i < MARKDOWN_CACHE_SIZE - 50; i++) markdownToText(`filler ${i} ${Math.random()}`);
    calls = 0;
    markdownToText(kept);
    expect(calls).to.equal(0);
  });
});

/* --------------------------------------------------------------------------------- hostile */

const P = 'window.__xss=1';
/** [input, texts that must stay visible] */
const HOSTILE: Array<[string, string[]]> = [
  [`[x](javascript:${P})`, ['x', `(javascript:${P})`]],
  [`[x](JaVaScRiPt:${P})`, [`JaVaScRiPt:${P}`]],
  [`[x](JAVASCRIPT:${P} "t")`, [`JAVASCRIPT:${P}`]],
  [`[x](java&#x09;script:${P})`, [`java&#x09;script:${P}`]],
  [`[x](java&#9;script:${P})`, [`java&#9;script:${P}`]],
  [`[x](&#106;avascript:${P})`, [`&#106;avascript:${P}`]],
  [`[x](&#0000106;avascript:${P})`, [`&#0000106;avascript:${P}`]],
  [`[x](&#106avascript:${P})`, [`&#106avascript:${P}`]],
  [`[x](&#x6A;avascript:${P})`, [`&#x6A;avascript:${P}`]],
  [`[x](&#X6a;avascript:${P})`, [`&#X6a;avascript:${P}`]],
  [`[x](&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;${P})`, ['&#x6a&#x61']],
  [`[x](javascript&colon;${P})`, [`javascript&colon;${P}`]],
  [`[x](<javascript&colon ${P}>)`, [`javascript&colon ${P}`]],
  [`[x](javascript&#58;${P})`, [`javascript&#58;${P}`]],
  [`[x](jav&Tab;ascript:${P})`, [`jav&Tab;ascript:${P}`]],
  [`[x](jav&NewLine;ascript:${P})`, [`jav&NewLine;ascript:${P}`]],
  [`[x](&Tab;javascript:${P})`, [`&Tab;javascript:${P}`]],
  [`[x](<\u0001javascript:${P}>)`, [`javascript:${P}`]],
  [`[x](\u0001javascript:${P})`, [`javascript:${P}`]],
  [`[x](<java script:${P}>)`, [`java script:${P}`]],
  [`[x](   javascript:${P})`, [`javascript:${P}`]],
  [`[x](%6Aavascript:${P})`, ['x']],
  [`<javascript:${P}>`, [`<javascript:${P}>`]],
  [`<JAVASCRIPT:${P}>`, [`<JAVASCRIPT:${P}>`]],
  [`[x][1]\n\n[1]: javascript:${P}`, [`x (javascript:${P})`]],
  [`[x][1]\n\n[1]: &#106;avascript:${P}`, [`&#106;avascript:${P}`]],
  [`[x]\n\n[x]: <javascript:${P}> "t"`, [`javascript:${P}`]],
  ['[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)', ['data:text/html;base64,']],
  [`[x](data:text/html,<script>${P}</script>)`, ['data:text/html,']],
  ['[x](vbscript:msgbox(1))', ['vbscript:msgbox(1)']],
  ['[x](file:///etc/passwd)', ['file:///etc/passwd']],
  ['[x](blob:https://a.com/123)', ['blob:https://a.com/123']],
  ['[x](/\\evil.com)', ['/\\evil.com']],
  ['xmpp:a@b.com', ['xmpp:a@b.com']],
  [`<img src=x onerror=${P}>`, [`<img src=x onerror=${P}>`]],
  [`text <img src=x onerror=${P}> more`, [`<img src=x onerror=${P}>`]],
  [`<script>${P}</script>`, [`<script>${P}</script>`]],
  [`a <script>${P}</script> b`, [`<script>${P}</script>`]],
  [`<svg onload=${P}>`, [`<svg onload=${P}>`]],
  [`*<svg/onload=${P}>*`, [`<svg/onload=${P}>`]],
  [`<a href="javascript:${P}">x</a>`, [`<a href="javascript:${P}">x</a>`]],
  [`x <a href="javascript:${P}">y</a>`, [`<a href="javascript:${P}">`]],
  [`<iframe src="javascript:${P}"></iframe>`, ['<iframe src=']],
  [`<iframe srcdoc="<script>${P}</script>"></iframe>`, ['<iframe srcdoc=']],
  [`<style>*{background:url(javascript:${P})}</style>`, ['<style>']],
  [`<details open ontoggle=${P}>`, [`<details open ontoggle=${P}>`]],
  [`<object data="javascript:${P}"></object>`, ['<object data=']],
  [`<embed src="javascript:${P}">`, ['<embed src=']],
  [`<form><button formaction=javascript:${P}>x</button></form>`, ['<button formaction=']],
  [`<input autofocus onfocus=${P}>`, ['<input autofocus']],
  [`![x](javascript:${P})`, [`![x](javascript:${P})`]],
  ['![x](https://example.com/a.png)', ['![x](https://example.com/a.png)']],
  ['![x][i]\n\n[i]: https://example.com/a.png', ['![x][i]']],
  [`[![x](https://a.com/i.png)](javascript:${P})`, ['![x](https://a.com/i.png)', `javascript:${P}`]],
  [`[x](https://a.com "\\" onmouseover=${P} x=\\"")`, ['x']],
  [`[x](https://a.com/"onmouseover="${P})`, ['x']],
  [`[<img src=x onerror=${P}>](https://a.com)`, [`<img src=x onerror=${P}>`]],
  [`<noscript><p title="</noscript><img src=x onerror=${P}>">`, ['<noscript>', `<img src=x onerror=${P}>`]],
  [`<!-- <img src=x onerror=${P}> -->`, ['<!--']],
  [`x <!-- y --> z`, ['<!-- y -->']],
  [`<math><mtext><table><mglyph><style><img src=x onerror=${P}>`, ['<math>', `<img src=x onerror=${P}>`]],
  [`<svg><p><style><img src=x onerror=${P}>`, [`<img src=x onerror=${P}>`]],
  [`- item <img src=x onerror=${P}>\n  - [n](javascript:${P})`, [`<img src=x onerror=${P}>`, `javascript:${P}`]],
  [`> <script>${P}</script>`, ['<script>']],
  [`| h |\n|---|\n| <img src=x onerror=${P}> [c](javascript:${P}) |`, [`<img src=x onerror=${P}>`, `javascript:${P}`]],
  [`# <img src=x onerror=${P}>`, [`<img src=x onerror=${P}>`]],
  ['```html\n<script>window.__xss=1</script>\n```', ['<script>window.__xss=1</script>']],
  [`\`<img src=x onerror=${P}>\``, [`<img src=x onerror=${P}>`]],
  [`&lt;img src=x onerror=${P}&gt;`, [`<img src=x onerror=${P}>`]],
  [`&#60;script&#62;${P}&#60;/script&#62;`, [`<script>${P}</script>`]],
  [`<?php ${P} ?>`, ['<?php']],
  [`<![CDATA[<img src=x onerror=${P}>]]>`, ['<![CDATA[']],
  [`<div onclick="${P}">\n\n*md*\n\n</div>`, ['<div onclick=']],
];

describe('hostile input', () => {
  // Every case is rendered first, into the document, and given one frame for anything injected to
  // fire (handlers, loads); then each case checks its own DOM.
  const shown = new Map<string, Element | Error>();
  let area: HTMLElement;
  let disarm: () => void;
  before(async () => {
    disarm = armXssTrap();
    area = document.createElement('div');
    document.body.append(area);
    for (const [input] of HOSTILE) {
      const root = document.createElement('div');
      area.append(root);
      try {
        render(
          html`<section>${renderMarkdown(input)}</section><section>${renderInlineMarkdown(input)}</section><section>${renderMarkdown(input, { highlight: 'x' })}</section>`,
          root,
        );
        shown.set(input, root);
      } catch (e) {
        shown.set(input, e as Error);
      }
    }
    await afterAFrame();
  });
  after(() => {
    area.remove();
    disarm();
  });

  it('has at least 30 cases', () => {
    expect(HOSTILE.length).to.be.at.least(30);
  });

  for (const [input, visibleTexts] of HOSTILE) {
    it(`renders safely: ${JSON.stringify(input)}`, () => {
      const root = shown.get(input);
      if (root instanceof Error) throw root;
      for (const section of Array.from(root!.children)) {
        expect(section.localName).to.equal('section');
        expect(outsideAllowList(section), JSON.stringify(input)).to.deep.equal([]);
        const seen = section.textContent ?? '';
        for (const text of visibleTexts) expect(seen, `visible text of ${JSON.stringify(input)}`).to.contain(text);
      }
      // markdownToText says what is on screen (up to where the line breaks fall).
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      expect(squeeze(markdownToText(input))).to.equal(squeeze(root!.children[0]!.textContent ?? ''));
    });
  }

  it('ran no script', () => {
    expect(window.__xss).to.equal(undefined);
  });
});
