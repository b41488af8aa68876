// The build's plugin that takes empty module scripts out of the pages (scripts/drop-empty-modules.ts).
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { dropEmptyModules } from '../../scripts/drop-empty-modules';

const page = `<html><head>
    <script src="/popup-early.js"></script>
    <script type="module" crossorigin src="/chunks/_virtual_wxt-html-plugins-A1.js"></script>
    <script type="module" crossorigin src="/chunks/options-B2.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/popup-C3.css">
  </head><body></body></html>`;

function transform(html: string, bundle: Record<string, unknown> | undefined): string {
  const hook = dropEmptyModules().transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string;
  };
  return hook.handler(html, { path: '/popup.html', filename: 'popup.html', bundle } as IndexHtmlTransformContext);
}

const chunk = (code: string) => ({ type: 'chunk', code });

describe('dropEmptyModules', () => {
  it('takes out a module script whose chunk is empty and leaves every other tag', () => {
    const out = transform(page, {
      'chunks/_virtual_wxt-html-plugins-A1.js': chunk('\n'),
      'chunks/options-B2.js': chunk('console.log(1)'),
    });
    expect(out).not.toContain('_virtual_wxt-html-plugins');
    expect(out).toContain('<script type="module" crossorigin src="/chunks/options-B2.js"></script>');
    expect(out).toContain('<script src="/popup-early.js"></script>');
    expect(out).toContain('/assets/popup-C3.css');
  });

  it('keeps a module whose chunk has code, or that the bundle does not hold', () => {
    const out = transform(page, { 'chunks/_virtual_wxt-html-plugins-A1.js': chunk('initPlugins()') });
    expect(out).toContain('_virtual_wxt-html-plugins-A1.js');
    expect(out).toContain('options-B2.js');
  });

  it('changes nothing outside a build', () => {
    expect(transform(page, undefined)).toBe(page);
  });
});
