import { PdfFlow } from './pdf-flow';

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
