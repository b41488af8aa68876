// The styles of the page highlights, light and dark: they live inside the highlights' shadow root,
// so the page's styles cannot reach them and they cannot reach the page. The host element's own
// placement is here too, not in an attribute: an !important declaration of the shadow tree wins
// over any of the page's for its host.
export const HIGHLIGHT_STYLES = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
}
.layer {
  --mark-line: rgba(0, 125, 121, 0.8);
  --mark-line-strong: #005d5d;
  --mark-tint: rgba(0, 125, 121, 0.1);
  --card-bg: #ffffff;
  --card-fg: #161616;
  --card-muted: #525252;
  --card-border: #c6c6c6;
  --card-rule: #e0e0e0;
  --card-figure: #004144;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--card-fg);
}
@media (prefers-color-scheme: dark) {
  .layer {
    --mark-line: rgba(61, 219, 217, 0.75);
    --mark-line-strong: #3ddbd9;
    --mark-tint: rgba(61, 219, 217, 0.14);
    --card-bg: #262626;
    --card-fg: #f4f4f4;
    --card-muted: #c6c6c6;
    --card-border: #6f6f6f;
    --card-rule: #393939;
    --card-figure: #9ef0f0;
  }
}
.mark {
  position: absolute;
  box-sizing: border-box;
  border-bottom: 2px dotted var(--mark-line);
  border-radius: 1px;
  pointer-events: none;
  outline: none;
}
.mark.active { border-bottom-style: solid; border-bottom-color: var(--mark-line-strong); background: var(--mark-tint); }
.mark:focus-visible { outline: 2px solid var(--mark-line-strong); outline-offset: 2px; border-radius: 2px; }
.card {
  position: fixed;
  box-sizing: border-box;
  width: max-content;
  max-width: min(340px, calc(100vw - 16px));
  padding: 10px 12px;
  background: var(--card-bg);
  color: var(--card-fg);
  border: 1px solid var(--card-border);
  border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  pointer-events: none;
  text-align: left;
  white-space: normal;
  overflow-wrap: anywhere;
}
.card[hidden] { display: none; }
.card-title { margin: 0 0 6px; font-size: 12px; font-weight: 600; color: var(--card-muted); }
.card-list { list-style: none; margin: 0; padding: 0; }
.card-list li { margin: 0; padding: 6px 0; border-top: 1px solid var(--card-rule); }
.card-list li:first-child { border-top: 0; padding-top: 0; }
.card-figure { font-weight: 600; color: var(--card-figure); }
.card-meta, .card-source { display: block; font-size: 12px; color: var(--card-muted); }
.card-foot { margin: 6px 0 0; font-size: 11px; color: var(--card-muted); }
`;
