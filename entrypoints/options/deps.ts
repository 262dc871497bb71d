import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/options/Shortcuts';
import type { ZhujiDatabase } from '../../lib/db/database';

/** What the options page needs from the browser, handed in so tests can give fakes. */
export interface OptionsDeps {
  db: ZhujiDatabase;
  browserName: 'chrome' | 'firefox';
  shortcuts(): Promise<Shortcut[]>;
  /** Opens the browser's shortcut settings; null where it cannot (Firefox before 137). */
  openShortcutSettings: (() => Promise<void>) | null;
  /** Saves `text` as a file the reader downloads (`type`: its MIME type, JSON when not given). */
  download(name: string, text: string, type?: string): void;
}

export function browserDeps(db: ZhujiDatabase): OptionsDeps {
  return {
    db,
    browserName: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
    async shortcuts() {
      const commands = (await browser.commands?.getAll?.()) ?? [];
      return commands.map((c) => ({
        name: c.name ?? '',
        description: c.description ?? '',
        shortcut: c.shortcut ?? '',
      }));
    },
    openShortcutSettings: import.meta.env.FIREFOX
      ? shortcutsPageFirefox()
      : async () => {
          await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
        },
    download(name, text, type = 'application/json') {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}

/** Firefox 137+ opens its "Manage Extension Shortcuts" page itself; older ones cannot. */
function shortcutsPageFirefox(): (() => Promise<void>) | null {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  return typeof commands?.openShortcutSettings === 'function' ? () => commands.openShortcutSettings!() : null;
}
