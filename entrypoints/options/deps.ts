import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/options/Shortcuts';
import type { ZhujiDatabase } from '../../lib/db/database';

/** What the options page needs from the browser, handed in so tests can give fakes. */
export interface OptionsDeps {
  db: ZhujiDatabase;
  browserName: 'chrome' | 'firefox';
  shortcuts(): Promise<Shortcut[]>;
  /** Chrome only: opens chrome://extensions/shortcuts */
  openShortcutSettings(): Promise<void>;
  /** Saves `text` as a file the reader downloads. */
  download(name: string, text: string): void;
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
    async openShortcutSettings() {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    },
    download(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
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
