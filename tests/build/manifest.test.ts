import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));

describe('manifests', () => {
  it('Chrome: MV3 with a service worker, localized name, only the permissions the README justifies', () => {
    const m = read('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBe('background.js');
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    expect(m.permissions).toEqual(['storage', 'contextMenus']);
    expect(m.commands['highlight-selection'].suggested_key.default).toBe('Alt+Shift+H');
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.options_ui.page).toBe('options.html');
    for (const size of ['16', '32', '48', '96', '128'])
      expect(existsSync(`.output/chrome-mv3/${m.icons[size]}`)).toBe(true);
  });

  it('Firefox: MV3 with gecko id and data_collection_permissions', () => {
    const m = read('firefox-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.background.scripts).toEqual(['background.js']);
    expect(m.browser_specific_settings.gecko.id).toBe('zhuji@zhuji.example');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('every locale has every message the code uses', () => {
    const locales = ['en', 'zh_CN', 'zh_TW'].map((l) =>
      JSON.parse(readFileSync(`.output/chrome-mv3/_locales/${l}/messages.json`, 'utf8')),
    );
    const keys = Object.keys(locales[0]).sort();
    for (const messages of locales) expect(Object.keys(messages).sort()).toEqual(keys);
  });

  it('store zips exist for both browsers', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(existsSync(`.output/zhuji-${version}-chrome.zip`)).toBe(true);
    expect(existsSync(`.output/zhuji-${version}-firefox.zip`)).toBe(true);
  });
});
