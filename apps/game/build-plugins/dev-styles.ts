/**
 * On the development server only, the page's Content-Security-Policy also
 * allows inline styles: Vite's dev server injects every stylesheet as a
 * `<style>` element (that is how it swaps styles without a reload), which
 * `style-src 'self'` blocks. A build links its stylesheets as files and
 * keeps the strict policy of `index.html`.
 */
import type { Plugin } from 'vite';

const STRICT = "style-src 'self'";

export function devStyles(): Plugin {
  return {
    name: 'c5plus:dev-styles',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!html.includes(STRICT)) throw new Error(`dev-styles: index.html has no "${STRICT}".`);
      return html.replace(STRICT, `${STRICT} 'unsafe-inline'`);
    },
  };
}
