import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Reading Context: the extension's manifest and build. Permissions are the smallest set that
// does the job; README.md ("Permissions") explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Reading Context',
    description:
      'The articles, figures and sources behind the news you read, found in your own corpus. Nothing leaves your browser.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Reading Context' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reading-context@example.org',
              strict_min_version: manifestVersion === 3 ? '121.0' : '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
