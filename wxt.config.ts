import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noncharacterGuard } from './lib/build/noncharacter-guard';

// See README "Design" for why each setting is here.
export default defineConfig({
  // Explicit imports everywhere: no auto-imports hiding where a name comes from.
  imports: false,
  // Builds never try to open a browser (web-ext's runner downloads nothing here, but CI has no display).
  webExt: { disabled: true },
  // Firefox gets MV3 too, so both browsers run the same code paths.
  manifestVersion: 3,
  vite: (env) => ({
    // bench builds keep names, so profiles of the content script read as source
    build: { minify: env.mode !== 'bench' },
    // ZHUJI_NO_GUARD=1 exists only to show that tests/build catches the Dexie U+FFFF trap.
    plugins: [preact(), ...(process.env.ZHUJI_NO_GUARD === '1' ? [] : [noncharacterGuard()])],
  }),
  hooks: {
    // The bench page exists only in `wxt build --mode bench` (npm run bench), never in a release.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode !== 'bench') {
        const i = entrypoints.findIndex((e) => e.name === 'bench');
        if (i >= 0) entrypoints.splice(i, 1);
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // storage: settings shared by content script, popup and options (WXT storage items).
    // contextMenus: "Highlight with Zhuji" / "Add a Zhuji note" on a text selection.
    permissions: ['storage', 'contextMenus'],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zhuji@zhuji.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
