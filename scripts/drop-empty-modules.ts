// A Vite plugin for the build: takes out of each page the module scripts whose chunk came out empty.
// WXT adds a module (`virtual:wxt-html-plugins`, which starts WXT's runtime plugins) to every page;
// this extension has no such plugins, so it compiles to nothing, and a page with no module script of
// its own (the popup, whose script is one classic file: entrypoints/popup-main.ts) would still fetch it
// as a file of its own before it is done loading. A chunk with any code in it is left where it is.
import type { Plugin } from 'vite';

export function dropEmptyModules(): Plugin {
  return {
    name: 'reading-context:drop-empty-modules',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        return html.replace(/<script type="module"[^>]*\ssrc="\/([^"]+)"[^>]*><\/script>\s*/g, (tag, file: string) => {
          const chunk = ctx.bundle?.[file];
          return chunk?.type === 'chunk' && chunk.code.trim() === '' ? '' : tag;
        });
      },
    },
  };
}
