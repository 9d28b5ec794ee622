import { PDFDocument, ReadingDirection, rgb, type PDFPage } from 'pdf-lib';
import type { Locale } from '../i18n/locale';
import type { Direction } from './pdf-bidi';
import { embedTypefaces, type Typeface } from './pdf-fonts';
import { drawLine, wrapText } from './pdf-text';

/** A4 in points, and the margin of the body's documents. */
export const A4 = { width: 595, height: 842, margin: 50 } as const;

/** What a document's metadata says: its title, its language, who made it. */
export interface PdfMeta {
  title: string;
  locale: Locale;
  creator: string;
  subject?: string;
}

/** The PDF /Lang tag of a locale (BCP 47). */
const LANG_TAG: Record<Locale, string> = { it: 'it-IT', en: 'en-GB', ar: 'ar', ro: 'ro-RO', uk: 'uk-UA' };

export interface LineOptions {
  /** override the document's direction for this text (the Italian text of record inside an Arabic document) */
  dir?: Direction;
  /** space between lines, as a factor of `size` (default: `size + gap`) */
  leading?: number;
}

/**
 * Text that flows down A4 pages (certificates, IVC outputs, the dossier summary, the patto, measure letters): lines
 * wrapped to the margins with the embedded fonts, a new page when the text reaches `bottom`, headings, vertical space,
 * page numbers at the end. Arabic documents read right to left: lines are right-aligned, shaped and in visual order.
 * One writer for the body's text documents.
 */
export class PdfFlow {
  readonly pages: PDFPage[] = [];
  readonly dir: Direction;
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    readonly font: Typeface,
    readonly bold: Typeface,
    locale: Locale,
    private readonly bottom: number,
  ) {
    this.dir = locale === 'ar' ? 'rtl' : 'ltr';
  }

  static async create(meta: PdfMeta, opts: { bottom?: number } = {}): Promise<PdfFlow> {
    const doc = await PDFDocument.create();
    doc.setTitle(meta.title);
    doc.setLanguage(LANG_TAG[meta.locale]);
    if (meta.subject) doc.setSubject(meta.subject);
    doc.setProducer('OpenCPI');
    doc.setCreator(meta.creator);
    if (meta.locale === 'ar') doc.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
    const { regular, bold } = await embedTypefaces(doc);
    const flow = new PdfFlow(doc, regular, bold, meta.locale, opts.bottom ?? 70);
    flow.newPage();
    return flow;
  }

  get currentPage(): PDFPage {
    return this.page;
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - A4.margin;
  }

  /** `text` wrapped to the margins (paragraphs on newlines), in `face` (default: regular) at `size`, `gap` below each line. */
  line(text: string, face: Typeface = this.font, size = 10, gap = 4, opts: LineOptions = {}): void {
    const dir = opts.dir ?? this.dir;
    const width = A4.width - 2 * A4.margin;
    for (const l of wrapText(text, face, size, width, dir)) {
      if (this.y < this.bottom) this.newPage();
      drawLine(this.page, l, { x: A4.margin, y: this.y, width, size, face, dir });
      this.y -= opts.leading ? size * opts.leading : size + gap;
    }
  }

  heading(text: string): void {
    this.space(8);
    this.line(text, this.bold, 12, 6);
  }

  space(points: number): void {
    this.y -= points;
  }

  /** `text` wrapped into a box of `width` at (x, y) on `page` (footers): right-aligned in an Arabic document. Returns the lines drawn. */
  textAt(page: PDFPage, text: string, box: { x: number; y: number; width: number; size: number; face?: Typeface; leading?: number }): number {
    const face = box.face ?? this.font;
    const lines = wrapText(text, face, box.size, box.width, this.dir);
    lines.forEach((l, i) => drawLine(page, l, { x: box.x, y: box.y - i * (box.leading ?? box.size + 2), width: box.width, size: box.size, face, dir: this.dir }));
    return lines.length;
  }

  /** "Pagina n di N" on every page, above a thin rule when `rule` (call once, at the end). */
  pageNumbers(label: (n: number, total: number) => string, opts: { rule?: boolean } = {}): void {
    for (const [i, p] of this.pages.entries()) {
      if (opts.rule) p.drawLine({ start: { x: A4.margin, y: 50 }, end: { x: A4.width - A4.margin, y: 50 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
      this.textAt(p, label(i + 1, this.pages.length), { x: A4.margin, y: opts.rule ? 36 : 30, width: A4.width - 2 * A4.margin, size: 8 });
    }
  }
}
