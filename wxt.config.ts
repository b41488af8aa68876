import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestCommands } from './lib/commands';
import { SITES } from './lib/reading-rules';
import { EXTENSION_CSP } from './lib/extension-csp';
import { dropEmptyModules } from './scripts/drop-empty-modules';

// Reading Context: the manifest and the build. Permissions are the smallest set that does the job;
// README.md ("Permissions") explains each one.
//
// Access to all sites is optional: it is asked for only when the user chooses automatic reading.
// The `e2e` mode (`wxt build --mode e2e`, used by the end-to-end tests, the benchmark and
// `npm start`) builds the same extension with that access already granted, as after the user
// allowed it, because no test driver can answer the browser's permission prompt.
/** The content security policy of the extension's pages and worker (lib/extension-csp.ts). */
const CSP = EXTENSION_CSP;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => {
    // The e2e build is compiled as the published one (no development JSX, no Preact devtools hook),
    // so the end-to-end tests and the benchmark measure what users get. WXT takes the mode's name for
    // NODE_ENV, which would make Vite compile `e2e` as a development build.
    if (env.mode === 'e2e') process.env.NODE_ENV = 'production';
    // No modulepreload polyfill: the browsers this supports preload modules themselves, and a page
    // with no module script of its own (the popup, entrypoints/popup-main.ts) would load it as one.
    return { plugins: [preact(), dropEmptyModules()], build: { modulePreload: { polyfill: false } } };
  },
  hooks: {
    // WXT grants the reader's match patterns as host permissions because it is registered at run
    // time; here that access stays optional, asked for only when the user chooses automatic reading.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') {
        const optional = new Set(SITES);
        delete manifest.host_permissions;
        manifest.permissions = manifest.permissions?.filter((p) => !optional.has(p as string));
      }
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
    // The bundled corpus is compiled at build time into one asset; a bad seed fails the build.
    'build:publicAssets': async (wxt, files) => {
      const { readSeedDir } = await import('./lib/corpus/read-seed-dir');
      const corpus = await readSeedDir(wxt.config.root + '/seeds');
      files.push({ relativeDest: 'corpus.json', contents: JSON.stringify(corpus) });
      wxt.logger.info(
        `Compiled corpus ${corpus.version}: ${corpus.articles.length} articles, ${corpus.outlets.length} outlet profiles`,
      );
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => {
    const granted = mode === 'e2e';
    const firefox = browser === 'firefox';
    const mv3 = manifestVersion === 3;
    // `alarms`: feed subscriptions are fetched on a schedule (entrypoints/background/feeds.ts).
    const permissions = [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      'alarms',
      ...(firefox ? [] : ['sidePanel']),
    ];
    return {
      name: 'Reading Context',
      description:
        'The articles, figures and sources behind the news you read, found in your own corpus. Nothing leaves your browser.',
      permissions: mv3 ? permissions : [...permissions, ...(granted ? SITES : [])],
      ...(granted
        ? mv3
          ? { host_permissions: SITES }
          : {}
        : mv3
          ? { optional_host_permissions: SITES }
          : { optional_permissions: SITES }),
      action: { default_title: 'Reading Context' },
      // Keyboard shortcuts (lib/commands.ts), listed on the welcome and options pages.
      commands: manifestCommands({ firefox, mv3 }),
      // Only the extension's own scripts run in its pages: no inline script, no eval, no remote code.
      content_security_policy: mv3 ? { extension_pages: CSP } : CSP,
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'reading-context@reading-context.invalid',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
