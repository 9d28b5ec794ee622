import type { PostProcessorModule } from 'i18next';
import { directionOf } from './language';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F]/;

/**
 * In right-to-left text, a Latin name in brackets ("مركز التوظيف (Centro per l'Impiego)") is wrapped in a Unicode
 * isolate (U+2068 … U+2069): without it the bidi algorithm splits the brackets from the words on wrapping lines and
 * shows "(Centro per … (l'Impiego". Brackets with Arabic inside stay as they are.
 */
export function isolateLatinInRtl(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (whole: string, inner: string) => (/[A-Za-z]/.test(inner) && !ARABIC_SCRIPT.test(inner) ? `\u2068${whole}\u2069` : whole));
}

/** i18next post-processor `rtlIsolates`: isolateLatinInRtl on every text of a right-to-left language. */
export const rtlIsolates: PostProcessorModule = {
  type: 'postProcessor',
  name: 'rtlIsolates',
  process(value, _key, options, translator: { language?: string } | undefined) {
    // with returnObjects the value is the object of the translated leaves: those were processed one by one
    if (typeof value !== 'string') return value;
    const language = (options as { lng?: string }).lng ?? translator?.language ?? '';
    return directionOf(language) === 'rtl' ? isolateLatinInRtl(value) : value;
  },
};
