/**
 * Just enough of the Unicode bidirectional algorithm (UAX #9) for the body's documents: paragraphs of Arabic with
 * Latin runs inside (names, fiscal codes, numbers, dates, URLs), or Latin paragraphs. Two embedding levels, no
 * explicit controls. Arabic letters are strong right-to-left, other letters and digits strong left-to-right, and
 * the rest (spaces, punctuation) takes the direction of the strong characters around it, or the paragraph's.
 */
export type Direction = 'ltr' | 'rtl';

/** A piece of a line, in visual order (left to right on the page); `text` is in the order its font lays it out. */
export interface VisualRun {
  text: string;
  arabic: boolean;
  /** the run is right-to-left Arabic text that the font's layout engine (fontkit) shapes and turns into visual order */
  shaped: boolean;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /[\p{L}\p{N}]/u;
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

export const hasArabic = (text: string): boolean => ARABIC.test(text);

type Strength = 'L' | 'R' | 'N';
const strength = (c: string): Strength => (ARABIC.test(c) ? (/[\u0660-\u0669\u06F0-\u06F9]/.test(c) ? 'L' : 'R') : STRONG_LTR.test(c) ? 'L' : 'N');

/** Each character's resolved direction: strong ones their own, neutrals that of equal neighbours, else the paragraph's. */
function resolve(chars: string[], base: Direction): Strength[] {
  const s = chars.map(strength);
  const baseS: Strength = base === 'rtl' ? 'R' : 'L';
  const out = [...s];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== 'N') continue;
    let j = i;
    while (j < s.length && s[j] === 'N') j++;
    const before = i > 0 ? out[i - 1]! : baseS;
    const after = j < s.length ? s[j]! : baseS;
    for (let k = i; k < j; k++) out[k] = before === after ? before : baseS;
    i = j - 1;
  }
  return out;
}

/** Consecutive characters that share a property, as [text, property] pieces. */
function pieces<T>(chars: string[], key: (c: string, i: number) => T): [string, T][] {
  const out: [string, T][] = [];
  chars.forEach((c, i) => {
    const k = key(c, i);
    const last = out[out.length - 1];
    if (last && last[1] === k) last[0] += c;
    else out.push([c, k]);
  });
  return out;
}

/**
 * `line` as runs to draw left to right. `canArabic(c)` tells whether the Arabic font has a glyph for `c`: neutrals
 * inside Arabic text use it when it can, anything else uses the Latin font. Right-to-left runs come out reversed
 * (mirrored brackets) unless fontkit reverses them itself (a run holding Arabic letters).
 */
export function visualRuns(line: string, base: Direction, canArabic: (c: string) => boolean): VisualRun[] {
  const chars = [...line];
  const levels = resolve(chars, base);
  // one group per direction piece, each already in visual order inside
  const groups: VisualRun[][] = [];
  for (const [text, dir] of pieces(chars, (_, i) => levels[i]!)) {
    const byFont = pieces([...text], (c) => dir === 'R' && (ARABIC.test(c) || canArabic(c)));
    const drawn = byFont.map(([t, arabic]): VisualRun => {
      const shaped = dir === 'R' && arabic && ARABIC_LETTER.test(t);
      if (dir === 'L' || shaped) return { text: t, arabic, shaped };
      return {
        text: [...t]
          .reverse()
          .map((c) => MIRROR[c] ?? c)
          .join(''),
        arabic,
        shaped,
      };
    });
    groups.push(dir === 'R' ? drawn.reverse() : drawn);
  }
  // a right-to-left paragraph reads its pieces right to left (level 1 with level-2 Latin inside); a left-to-right one
  // keeps them in order (level 0 with level-1 Arabic inside)
  return (base === 'rtl' ? groups.reverse() : groups).flat();
}
