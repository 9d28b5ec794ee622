import { rgb, type PDFPage, type RGB } from 'pdf-lib';
import { visualRuns, type Direction, type VisualRun } from './pdf-bidi';
import type { Typeface } from './pdf-fonts';

/** Control characters the fonts cannot draw (tabs, stray carriage returns) as spaces. */
const clean = (s: string): string => [...s].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c)).join('');

const charSets = new WeakMap<Typeface['arabic'], Set<number>>();

/** `line` as runs in visual order, each with the font that draws it. */
function runsOf(line: string, face: Typeface, dir: Direction): (VisualRun & { font: Typeface['latin'] })[] {
  let set = charSets.get(face.arabic);
  if (!set) charSets.set(face.arabic, (set = new Set(face.arabic.getCharacterSet())));
  const can = (c: string) => set.has(c.codePointAt(0)!);
  return visualRuns(clean(line), dir, can).map((r) => ({ ...r, font: r.arabic ? face.arabic : face.latin }));
}

/** Width of `line` at `size` in `face`, measured on the shaped glyphs of the embedded fonts. */
export function textWidth(line: string, face: Typeface, size: number, dir: Direction = 'ltr'): number {
  return runsOf(line, face, dir).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
}

/**
 * `text` (paragraphs split on newlines) as lines no wider than `width` at `size` in `face`, words kept whole. A line's
 * width is the sum of its words' and spaces' (shaping happens inside words), each word measured once.
 */
export function wrapText(text: string, face: Typeface, size: number, width: number, dir: Direction = 'ltr'): string[] {
  const widths = new Map<string, number>();
  const measure = (w: string) => widths.get(w) ?? widths.set(w, textWidth(w, face, size, dir)).get(w)!;
  const space = measure(' ');
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of para.split(' ')) {
      const w = measure(word);
      if (line && lineWidth + space + w > width) {
        out.push(line);
        line = word;
        lineWidth = w;
      } else {
        lineWidth = line ? lineWidth + space + w : w;
        line = line ? `${line} ${word}` : word;
      }
    }
    out.push(line);
  }
  return out;
}

export interface LineBox {
  x: number;
  y: number;
  /** the box's width: a right-to-left line ends at its right edge */
  width: number;
  size: number;
  face: Typeface;
  dir: Direction;
  color?: RGB;
}

/** One line (no wrapping) on `page`: left-aligned in a left-to-right box, right-aligned in a right-to-left one. */
export function drawLine(page: PDFPage, line: string, box: LineBox): void {
  const runs = runsOf(line, box.face, box.dir);
  const widths = runs.map((r) => r.font.widthOfTextAtSize(r.text, box.size));
  const total = widths.reduce((a, b) => a + b, 0);
  let x = box.dir === 'rtl' ? box.x + box.width - total : box.x;
  runs.forEach((r, i) => {
    if (r.text.trim()) page.drawText(r.text, { x, y: box.y, size: box.size, font: r.font, color: box.color ?? rgb(0, 0, 0) });
    x += widths[i]!;
  });
}
