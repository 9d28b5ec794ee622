// @ts-check
import postcss from 'postcss';

/**
 * Vite plugin: drops from the emitted CSS the rules whose class names appear nowhere in the built JavaScript or HTML
 * (most of Bootstrap Italia: video player, carousel, megamenu, colour variants no page uses). A class counts as used
 * when the bundle holds it as a word, or a word ending in "-" that starts it (`btn-${tone}` keeps every `btn-*`).
 * Classes inside `:not(...)` do not decide; element, attribute and `:root` rules stay; an `@font-face` stays only when
 * a remaining rule names its family. Runs on production builds only, after Vite has emitted the CSS.
 *
 * @returns {import('vite').Plugin}
 */
export function purgeUnusedCss() {
  return {
    name: 'opencpi-purge-unused-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const words = new Set();
      for (const item of Object.values(bundle)) {
        const text = item.type === 'chunk' ? item.code : item.fileName.endsWith('.html') ? String(item.source) : '';
        for (const word of text.match(/[A-Za-z_][\w-]*/g) ?? []) words.add(word);
      }
      const prefixes = [...words].filter((word) => word.endsWith('-') && word.length >= 3);
      const used = (/** @type {string} */ name) => words.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
      const cssAssets = Object.values(bundle).filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
      const purged = cssAssets.map((item) => purge(String(/** @type {import('rollup').OutputAsset} */ (item).source), used, null));
      const fontUses = purged.join('\n').replace(/@font-face\s*\{[^}]*\}/g, '');
      cssAssets.forEach((item, i) => {
        /** @type {import('rollup').OutputAsset} */ (item).source = purge(purged[i], used, fontUses);
      });
    },
  };
}

/**
 * @param {string} css
 * @param {(name: string) => boolean} used
 * @param {string | null} [fontUses] the text where font families are looked for (default: this CSS without its
 *   faces; null: keep every face)
 */
export function purge(css, used, fontUses) {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(/** @type {import('postcss').AtRule} */ (rule.parent).name)) return;
    const kept = rule.selectors.filter((selector) => {
      const deciding = selector.replace(/:not\([^)]*\)/g, '');
      const classes = deciding.match(/\.(?:\\.|[\w-])+/g) ?? [];
      return classes.every((cls) => used(cls.slice(1).replace(/\\/g, '')));
    });
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // a face stays when a declaration outside the faces names its family (also through a custom property, in any file)
  const named = (/** @type {string} */ family) => (fontUses ?? root.toString().replace(/@font-face\s*\{[^}]*\}/g, '')).toLowerCase().includes(family);
  root.walkAtRules('font-face', (face) => {
    if (fontUses === null) return;
    let family = '';
    face.walkDecls('font-family', (decl) => {
      family = decl.value
        .trim()
        .replace(/^['"]|['"]$/g, '')
        .toLowerCase();
    });
    if (family && !named(family)) face.remove();
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  return root.toString();
}
