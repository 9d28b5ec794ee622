import { PDFDocument, StandardFonts } from 'pdf-lib';
import { printable, wrapText } from './pdf-text';

describe('pdf text', () => {
  it('keeps Latin-1 and common punctuation, replaces what Helvetica cannot draw', () => {
    expect(printable('Perché €10 – “sì” … 測試 −1')).toBe('Perché €10 – “sì” … ?? -1');
  });
  it('wraps paragraphs at the width without breaking words', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrapText('uno due tre quattro cinque sei sette otto\nnove', font, 10, 60);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(font.widthOfTextAtSize(l, 10) <= 60 || !l.includes(' ')).toBe(true);
    expect(lines.join(' ')).toBe('uno due tre quattro cinque sei sette otto nove');
  });
});
