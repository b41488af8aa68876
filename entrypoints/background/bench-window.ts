// FlexSearch's IndexedDB adapter finds the browser's IndexedDB through `window` when its module is
// evaluated, and a service worker has no `window`: for the benchmark only (e2e build), `window`
// names the worker's global scope while that module is evaluated, and is removed right after
// (bench-window-end.ts), so no other code sees it.
if (import.meta.env.MODE === 'e2e' && typeof window === 'undefined') {
  (globalThis as unknown as { window: unknown; __benchWindow: boolean }).window = globalThis;
  (globalThis as unknown as { __benchWindow: boolean }).__benchWindow = true;
}
