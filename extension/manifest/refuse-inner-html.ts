import type { Plugin } from 'vite';

/** Preact's one assignment to innerHTML: `dangerouslySetInnerHTML` (its minified form, any variable names). */
const PREACT_INNER_HTML = /\(\s*([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\s*\)/g;

/**
 * Amtspass never renders HTML from a string, so Preact's `dangerouslySetInnerHTML` branch is replaced by
 * a throw at build time: no page text, attribute value or message can ever become markup in an
 * extension page, and web-ext lint has no unsafe assignment left to warn about. Fails the build when
 * the pattern is not found exactly once (a Preact update must be looked at, not silently let through).
 */
export function refuseInnerHtml(): Plugin {
  return {
    name: 'amtspass-refuse-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id)) return null;
      const found = code.match(PREACT_INNER_HTML)?.length ?? 0;
      if (found !== 1) this.error(`expected Preact's innerHTML assignment once in ${id}, found ${found}`);
      return {
        code: code.replace(PREACT_INNER_HTML, '(()=>{throw new Error("Amtspass: dangerouslySetInnerHTML is disabled")})()'),
        map: null,
      };
    },
  };
}
