import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/**
 * The body's documents are written in every language a person can choose (it, en, ro, uk, ar): Noto Sans for Latin
 * and Cyrillic, Noto Sans Arabic for Arabic (SIL Open Font License 1.1, fonts/OFL.txt). The TTFs sit beside this
 * file, so the API build (tools/build-api.mjs copies non-TypeScript files of apps/api/src to dist/api) and the tests
 * find them through `__dirname`, from a clean clone and in the Docker image alike.
 */
export const FONT_DIR = path.join(__dirname, 'fonts');

const FILES = {
  latin: 'NotoSans-Regular.ttf',
  latinBold: 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  arabicBold: 'NotoSansArabic-Bold.ttf',
} as const;

const cache = new Map<string, Buffer>();
const bytesOf = (file: string): Buffer => {
  let b = cache.get(file);
  if (!b) cache.set(file, (b = readFileSync(path.join(FONT_DIR, file))));
  return b;
};

/** One weight of the documents' type: a Latin/Cyrillic font and an Arabic font, both subset into the PDF. */
export interface Typeface {
  latin: PDFFont;
  arabic: PDFFont;
}

/** Embeds (subset: only the glyphs drawn end up in the file) the regular and bold typefaces into `doc`. */
export async function embedTypefaces(doc: PDFDocument): Promise<{ regular: Typeface; bold: Typeface }> {
  doc.registerFontkit(fontkit);
  const embed = (file: string) => doc.embedFont(bytesOf(file), { subset: true });
  const [latin, latinBold, arabic, arabicBold] = await Promise.all([embed(FILES.latin), embed(FILES.latinBold), embed(FILES.arabic), embed(FILES.arabicBold)]);
  return { regular: { latin, arabic }, bold: { latin: latinBold, arabic: arabicBold } };
}
