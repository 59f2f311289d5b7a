// Build time (the drop-in only, from vite.config.ts): Lit's css`` literals keep their source
// whitespace and comments through minification, so the drop-in gets them squeezed: comments out,
// whitespace runs collapsed to one space, none around { } ; , > nor after :, no `;` before `}`. In a literal
// with ${name} interpolations each piece between them is squeezed on its own, and a space next to an
// interpolation stays (one space), so nothing is joined to what it brings. A literal with any other
// `$` or a backslash is left as it is. test/node/squeeze-css.test.ts checks, over every style in
// src/, that Chromium reads the same rules from the squeezed text as from the source.

/** A css`` literal whose interpolations (if any) are plain names: ${buttonLook}. */
const LITERAL = /\bcss`((?:[^`$\\]|\$\{[\w$.]+\})*)`/g;
const INTERPOLATION = /(\$\{[\w$.]+\})/;

function squeezePiece(piece: string): string {
  return piece
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** `code` with each css`` literal squeezed. */
export function squeezeCss(code: string): string {
  return code.replace(LITERAL, (_m, body: string) => {
    const pieces = body.split(INTERPOLATION).map((piece, i) => (i % 2 ? piece : squeezePiece(piece)));
    return `css\`${pieces.join('').trim()}\``;
  });
}
