import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';

/** Test kit: the text drawn in a PDF made by PdfFlow, one string per drawn run, read back through the fonts' ToUnicode maps. */

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** glyph id → text, from a ToUnicode CMap (bfchar and bfrange entries) */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? [])
    for (const [, g, u] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(g!, 16), utf16(u!));
  for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? [])
    for (const [, a, b, rest] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)/g)) {
      const from = parseInt(a!, 16);
      const to = parseInt(b!, 16);
      const list = [...rest!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1]!);
      for (let g = from; g <= to; g++) {
        if (rest!.startsWith('[')) map.set(g, utf16(list[g - from] ?? ''));
        else map.set(g, String.fromCharCode(parseInt(list[0]!, 16) + g - from));
      }
    }
  return map;
}

/**
 * Every `Tj` of every page as text in reading order: a run of Arabic glyphs (drawn in visual order, right to left)
 * comes back in logical order, ligatures (lam-alef) kept whole.
 */
export async function drawnRuns(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const runs: string[] = [];
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const maps = new Map<string, Map<number, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) {
      const tu = doc.context.lookup(ref, PDFDict).lookup(PDFName.of('ToUnicode'));
      if (tu instanceof PDFRawStream) maps.set(name.asString(), toUnicode(latin1(decodePDFRawStream(tu).decode())));
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r as PDFRef)) : [contents];
    const ops = streams.map((s) => (s instanceof PDFRawStream ? latin1(decodePDFRawStream(s).decode()) : '')).join('\n');
    let font = new Map<number, string>();
    for (const m of ops.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (m[1]) font = maps.get(m[1]) ?? new Map();
      else {
        const glyphs = (m[2]!.match(/.{4}/g) ?? []).map((h) => font.get(parseInt(h, 16)) ?? '\uFFFD');
        runs.push((glyphs.some((g) => /[\u0600-\u06FF]/.test(g)) ? glyphs.reverse() : glyphs).join(''));
      }
    }
  }
  return runs;
}

/** All the drawn text of a PDF, runs joined by a space (enough to check that words are there). */
export const drawnText = async (bytes: Uint8Array): Promise<string> => (await drawnRuns(bytes)).join(' ');
