import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { printable, wrapText } from './pdf-text';

/** A4 in points, and the margin of the body's documents. */
export const A4 = { width: 595, height: 842, margin: 50 } as const;

/** What a document's metadata says: its title, its language, who made it. */
export interface PdfMeta {
  title: string;
  locale: 'it' | 'en';
  creator: string;
}

/**
 * Text that flows down A4 pages (IVC outputs, the dossier summary): lines wrapped to the margins, a new page when the
 * text reaches `bottom`, headings, vertical space, page numbers at the end. One writer for the body's text documents.
 */
export class PdfFlow {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    private readonly bottom: number,
  ) {}

  static async create(meta: PdfMeta, opts: { bottom?: number } = {}): Promise<PdfFlow> {
    const doc = await PDFDocument.create();
    doc.setTitle(meta.title);
    doc.setLanguage(meta.locale === 'it' ? 'it-IT' : 'en-GB');
    doc.setProducer('OpenCPI');
    doc.setCreator(meta.creator);
    const flow = new PdfFlow(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold), opts.bottom ?? 70);
    flow.newPage();
    return flow;
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - A4.margin;
  }

  /** `text` wrapped to the margins (paragraphs on newlines), in `font` (default: regular) at `size`, `gap` below each line. */
  line(text: string, font: PDFFont = this.font, size = 10, gap = 4): void {
    for (const l of wrapText(text, font, size, A4.width - 2 * A4.margin)) {
      if (this.y < this.bottom) this.newPage();
      this.page.drawText(l, { x: A4.margin, y: this.y, size, font });
      this.y -= size + gap;
    }
  }

  heading(text: string): void {
    this.space(8);
    this.line(text, this.bold, 12, 6);
  }

  space(points: number): void {
    this.y -= points;
  }

  /** "Pagina n di N" on every page, above a thin rule when `rule` (call once, at the end). */
  pageNumbers(label: (n: number, total: number) => string, opts: { rule?: boolean } = {}): void {
    for (const [i, p] of this.pages.entries()) {
      if (opts.rule) p.drawLine({ start: { x: A4.margin, y: 50 }, end: { x: A4.width - A4.margin, y: 50 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
      p.drawText(printable(label(i + 1, this.pages.length)), { x: A4.margin, y: opts.rule ? 36 : 30, size: 8, font: this.font });
    }
  }
}
