/**
 * What a printed page really shows, read back from Chromium's PDF with pdf.js (pdfjs-dist, the Node
 * build; no canvas): the page count, every text run with the fill colour it is painted in, the
 * background fills large enough to sit behind text, and the text per page. Print tests check
 * these — page counts, colours, words — rather than pixels.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedText {
  text: string;
  /** `#rrggbb` */
  color: string;
}

export interface PrintedFill {
  color: string;
  /** Share of the page's area, 0…1. */
  share: number;
}

export interface Printed {
  pages: number;
  texts: PrintedText[];
  /** Fills covering at least 0.1 % of a page and 6 pt both ways (boxes, not borders, bars or glyph-sized marks). */
  fills: PrintedFill[];
  /** Each page's text, items joined by spaces (line ends too). */
  pageText: string[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

type Box = [number, number, number, number];
interface State {
  fill: string;
  ctm: Matrix;
  /** The clip's bounding box in page space, if any, and the area its shape covers (a border's ring is thin). */
  clip?: Box;
  clipArea?: number;
}

/** A path's bounding box (pdf.js's minMax) in page space. */
function deviceBox(minMax: ArrayLike<number>, m: Matrix): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [minMax[0]!, minMax[1]!],
    [minMax[2]!, minMax[3]!],
  ]) {
    xs.push(m[0] * x! + m[2] * y! + m[4]);
    ys.push(m[1] * x! + m[3] * y! + m[5]);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: Box | undefined, b: Box): Box {
  if (!a) return b;
  const box: Box = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[2] < box[0] || box[3] < box[1] ? [0, 0, 0, 0] : box;
}

const PAINT_FILL = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);

type Glyph = { unicode?: string } | number | null;

/**
 * The area a filled path covers, from pdf.js's path data (0 moveTo x y, 1 lineTo x y, 2 curveTo
 * x1 y1 x2 y2 x y, 3 quadraticCurveTo x1 y1 x y, 4 closePath), curves taken at their end points. A
 * box is one subpath; a border (a rounded ring) is an outer subpath minus the inner ones.
 */
function pathArea(data: ArrayLike<number>): number {
  const areas: number[] = [];
  let points: number[] = [];
  const close = () => {
    const n = points.length / 2;
    if (n >= 3) {
      let a = 0;
      for (let k = 0; k < n; k++) {
        const m = (k + 1) % n;
        a += points[2 * k]! * points[2 * m + 1]! - points[2 * m]! * points[2 * k + 1]!;
      }
      areas.push(Math.abs(a) / 2);
    }
    points = [];
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    const take = op === 0 || op === 1 ? 2 : op === 2 ? 6 : op === 3 ? 4 : 0;
    if (op === 0 || op === 4) close();
    if (take) points.push(data[i + take - 1]!, data[i + take]!);
    i += 1 + take;
  }
  close();
  if (areas.length === 0) return 0;
  const outer = Math.max(...areas);
  return Math.max(0, outer * 2 - areas.reduce((n, a) => n + a, 0));
}

/** Reads a PDF; `colours: false` skips the drawing operators (texts and fills stay empty), for page counts and words. */
export async function readPdf(pdf: Uint8Array, { colours = true } = {}): Promise<Printed> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const texts: PrintedText[] = [];
  const fills: PrintedFill[] = [];
  const pageText: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const pageArea = (x1 - x0) * (y1 - y0);
    const { fnArray, argsArray } = colours ? await page.getOperatorList() : { fnArray: [], argsArray: [] };
    let state: State = { fill: '#000000', ctm: [1, 0, 0, 1, 0, 0], clip: undefined };
    const stack: State[] = [];
    let clipping = false;
    for (let i = 0; i < fnArray.length; i++) {
      const fn = fnArray[i];
      const args = argsArray[i] as unknown[];
      if (fn === OPS.save) stack.push(state);
      else if (fn === OPS.restore) state = stack.pop() ?? state;
      else if (fn === OPS.transform) state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
      else if (fn === OPS.setFillRGBColor) state = { ...state, fill: String(args[0]) };
      else if (fn === OPS.clip || fn === OPS.eoClip) clipping = true;
      else if (fn === OPS.showText || fn === OPS.showSpacedText) {
        const text = (args[0] as Glyph[]).map((g) => (g && typeof g === 'object' ? (g.unicode ?? '') : '')).join('');
        if (text.trim()) texts.push({ text, color: state.fill });
      } else if (fn === OPS.constructPath) {
        const box = deviceBox(args[2] as ArrayLike<number>, state.ctm);
        const scale = Math.abs(state.ctm[0] * state.ctm[3] - state.ctm[1] * state.ctm[2]);
        const shape = pathArea((args[1] as ArrayLike<number>[])[0] ?? []) * scale;
        if (clipping) {
          state = { ...state, clip: intersect(state.clip, box), clipArea: Math.min(state.clipArea ?? shape, shape) };
          clipping = false;
        }
        if (!PAINT_FILL.has(args[0] as number)) continue;
        // Skia paints a border as its box's fill under a clip to the border's shape: count what the clip lets through.
        const visible = intersect(state.clip, box);
        const area = Math.min(shape, state.clipArea ?? shape, (visible[2] - visible[0]) * (visible[3] - visible[1]));
        // A box text can sit on: not a border or a bar (at least 6 pt both ways), and 0.1 % of the page.
        const wide = Math.min(visible[2] - visible[0], visible[3] - visible[1]) >= 6;
        if (wide && area / pageArea >= 0.001) fills.push({ color: state.fill, share: area / pageArea });
      }
    }
    const content = await page.getTextContent();
    pageText.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .normalize('NFKC'),
    );
  }
  await doc.destroy();
  return { pages: doc.numPages, texts, fills, pageText };
}

const channel = (hex: string, i: number) => {
  const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

export const luminance = (hex: string) => 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
