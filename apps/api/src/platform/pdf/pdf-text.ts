import type { PDFFont } from 'pdf-lib';

/** Helvetica (WinAnsi) cannot draw every character: keep Latin-1 and common punctuation, replace the rest. */
export const printable = (s: string): string => s.replace(/\u2212/g, '-').replace(/[^\x20-\x7E\xA0-\xFF\u2013\u2014\u2018\u2019\u201C\u201D\u20AC\u2022\u2026]/g, '?');

/** `text` (paragraphs split on newlines) as lines no wider than `width` at `size` in `font`, words kept whole. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  // split first: `printable` would turn the newlines themselves into '?'
  for (const para of text.split('\n').map(printable)) {
    let line = '';
    for (const word of para.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}
