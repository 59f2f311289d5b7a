// Precompiled Markdown renders exactly as marked's tokens do: for every text of the corpus (the XSS
// payloads among them), with and without a filter highlight, the DOM is the same. (The grammar and its
// bounds are tested in test/node/markdown-lex.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { Lexer } from 'marked';
import { useLexed } from '../src/markdown/lex.js';
import { fromForm, toForm } from '../src/markdown/precompiled.js';
import { renderInlineMarkdown, renderMarkdown } from '../src/markdown/to-templates.js';
import { markdownCorpus } from './fixtures/markdown-corpus.js';

const serialize = (node: Node): string => {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child instanceof Text) out += JSON.stringify(child.data);
    else if (child instanceof Element) {
      const attrs = Array.from(child.attributes, (a) => ` ${a.name}=${JSON.stringify(a.value)}`)
        .sort()
        .join('');
      out += `<${child.localName}${attrs}>${serialize(child)}</${child.localName}>`;
    }
  }
  return out;
};

describe('precompiled Markdown', () => {
  it('renders every text of the corpus as marked does, highlighted or not, inline or as blocks', async () => {
    const texts = markdownCorpus(300);
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const { render } = await import('lit');
    const dom = (template: TemplateResult) => {
      const box = document.createElement('div');
      root.replaceChildren(box);
      render(template, box);
      return serialize(box);
    };
    let compared = 0;
    for (const text of texts) {
      const tokens = new Lexer({ gfm: true }).lex(text);
      const form = toForm(tokens);
      if (!form) continue;
      const read = fromForm(JSON.parse(JSON.stringify(form)), text, '$');
      if (!('tokens' in read)) throw new Error(`refused: ${JSON.stringify(text)}`);
      const views = () => [dom(renderMarkdown(text)), dom(renderMarkdown(text, { highlight: 'a' })), dom(renderInlineMarkdown(text))];
      useLexed({ [text]: tokens });
      const fromMarked = views();
      useLexed({ [text]: read.tokens });
      expect(views(), JSON.stringify(text)).to.deep.equal(fromMarked);
      compared++;
    }
    expect(compared).to.be.greaterThan(500);
  });
});
