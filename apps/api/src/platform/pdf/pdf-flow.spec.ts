import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFName } from 'pdf-lib';
import { PdfFlow } from './pdf-flow';
import { FONT_DIR } from './pdf-fonts';
import { drawnRuns, drawnText } from './pdf-extract.test-kit';

describe('PdfFlow', () => {
  it('wraps long text, starts a new page at the bottom margin and numbers every page', async () => {
    const f = await PdfFlow.create({ title: 'Prova', locale: 'it', creator: 'Regione Piemonte' });
    f.heading('Sezione');
    for (let i = 0; i < 120; i++) f.line(`Riga ${i}: ${'parola '.repeat(30)}`);
    const labels: string[] = [];
    f.pageNumbers((n, total) => {
      labels.push(`${n}/${total}`);
      return `Pagina ${n} di ${total}`;
    });
    expect(f.doc.getPageCount()).toBe(f.pages.length);
    expect(f.pages.length).toBeGreaterThan(3); // 120 paragraphs of two or three lines each do not fit on three A4 pages
    expect(labels).toEqual(f.pages.map((_, i) => `${i + 1}/${f.pages.length}`));
    expect(f.doc.getTitle()).toBe('Prova');
    expect(f.doc.getCreator()).toBe('Regione Piemonte');
  });
});

describe('PdfFlow in every language', () => {
  it('draws Romanian and Ukrainian letters with the embedded Unicode font, read back as written', async () => {
    const f = await PdfFlow.create({ title: 'Atestare', locale: 'ro', creator: 'Regione Piemonte' });
    f.heading('Atestare privind DID și statutul ocupațional');
    f.line('Довідка про статус безробітного: Ґанна Їжакова, подано 2026-12-04');
    const text = await drawnText(await f.doc.save());
    expect(text).toContain('Atestare privind DID și statutul ocupațional');
    expect(text).toContain('Довідка про статус безробітного: Ґанна Їжакова, подано 2026-12-04');
    expect(String(f.doc.catalog.get(PDFName.of('Lang')))).toBe('(ro-RO)');
  });

  it('writes Arabic right to left: shaped, right-aligned, Latin names and numbers inside reading left to right', async () => {
    const f = await PdfFlow.create({ title: 'شهادة', locale: 'ar', creator: 'Regione Piemonte' });
    f.line('الاسم: Mario Rossi');
    f.line('Il testo italiano resta a sinistra', f.font, 10, 4, { dir: 'ltr' });
    f.pageNumbers((n, total) => `الصفحة ${n} من ${total}`);
    const bytes = await f.doc.save();
    const runs = await drawnRuns(bytes);
    // visual order on the page: the Latin name left of the Arabic label; the label comes back as Arabic, in logical order
    expect(runs.slice(0, 2)).toEqual(['Mario Rossi', 'الاسم: ']);
    expect(runs).toContain('Il testo italiano resta a sinistra');
    expect(runs).toEqual(expect.arrayContaining(['الصفحة ', ' من ']));
    expect(String(f.doc.catalog.get(PDFName.of('Lang')))).toBe('(ar)');
    // the label's glyphs are contextual forms (lam-alef ligature, initial, final), not the isolated letters: fontkit shaped them
    const font = fontkit.create(readFileSync(path.join(FONT_DIR, 'NotoSansArabic-Regular.ttf')));
    const shaped = font.layout('الاسم').glyphs.map((g) => g.id);
    const isolated = [...'الاسم'].reverse().map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id);
    expect(shaped).not.toEqual(isolated);
  });
});
