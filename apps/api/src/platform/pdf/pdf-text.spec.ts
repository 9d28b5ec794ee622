import { PDFDocument } from 'pdf-lib';
import { visualRuns } from './pdf-bidi';
import { embedTypefaces } from './pdf-fonts';
import { textWidth, wrapText } from './pdf-text';

const can = (c: string) => /[\u0600-\u06FF :.,0-9]/.test(c);

describe('pdf text', () => {
  it('wraps paragraphs at the width without breaking words, measuring with the embedded fonts', async () => {
    const { regular } = await embedTypefaces(await PDFDocument.create());
    const lines = wrapText('uno due tre quattro cinque sei sette otto\nnove', regular, 10, 60);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, regular, 10) <= 60 || !l.includes(' ')).toBe(true);
    expect(lines.join(' ')).toBe('uno due tre quattro cinque sei sette otto nove');
    // Romanian, Ukrainian and Arabic have real widths (no replacement characters)
    for (const s of ['șțăîâ', 'Довідка', 'شهادة']) expect(textWidth(s, regular, 10)).toBeGreaterThan(10);
    const arabic = wrapText('تحقق من صحة المستند على الموقع أو بمسح رمز QR الموجود في أسفل الصفحة', regular, 10, 120, 'rtl');
    expect(arabic.length).toBeGreaterThan(1);
    for (const l of arabic) expect(textWidth(l, regular, 10, 'rtl') <= 120 || !l.includes(' ')).toBe(true);
  });

  it('orders an Arabic line with Latin runs inside for drawing left to right', () => {
    // "Name: Mario Rossi": the Latin name is on the left, the Arabic label (shaped and reversed by fontkit) on the right
    expect(visualRuns('الاسم: Mario Rossi', 'rtl', can)).toEqual([
      { text: 'Mario Rossi', arabic: false, shaped: false },
      { text: 'الاسم: ', arabic: true, shaped: true },
    ]);
    // brackets the Arabic font lacks are mirrored and drawn by the Latin font, outside in
    expect(visualRuns('رمز (QR) هنا', 'rtl', can).map((r) => r.text)).toEqual([' هنا', '(', 'QR', ')', 'رمز ']);
    // a left-to-right line keeps its order; numbers stay left to right inside Arabic
    expect(visualRuns('Pagina 1 di 3', 'ltr', can)).toEqual([{ text: 'Pagina 1 di 3', arabic: false, shaped: false }]);
    expect(visualRuns('الصفحة 1 من 3', 'rtl', can).map((r) => r.text)).toEqual(['3', ' من ', '1', 'الصفحة ']);
  });
});
