// Ends what bench-window.ts began: once FlexSearch's module has been evaluated, the service worker
// has no `window` again.
const scope = globalThis as unknown as { window?: unknown; __benchWindow?: boolean };
if (scope.__benchWindow) {
  delete scope.window;
  delete scope.__benchWindow;
}
