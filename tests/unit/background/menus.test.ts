import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMenusAndCommands } from '../../../entrypoints/background/menus';
import { setLocale } from '../../../lib/i18n';

type Listener = (...args: never[]) => void;
/** fake-browser leaves contextMenus and commands unimplemented: a recording stand-in for each. */
function stubMenus() {
  const created: { id: string; title: string; contexts: string[] }[] = [];
  const listeners: Record<'clicked' | 'command', Listener[]> = { clicked: [], command: [] };
  const on = (key: keyof typeof listeners) => ({ addListener: (l: Listener) => listeners[key].push(l) });
  Object.assign(fakeBrowser.contextMenus, {
    removeAll: vi.fn(async () => void created.splice(0)),
    create: vi.fn((props: (typeof created)[number]) => void created.push(props)),
    onClicked: on('clicked'),
  });
  Object.assign(fakeBrowser.commands, { onCommand: on('command') });
  const sent: [number, unknown][] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    sent.push([tabId, message]);
    return { ok: true, value: { ok: true } };
  }) as never);
  const fire = (key: keyof typeof listeners, ...args: unknown[]) =>
    listeners[key].forEach((l) => (l as (...a: unknown[]) => void)(...args));
  return { created, sent, fire };
}

describe('context menu and keyboard command', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setLocale('en');
  });

  it('adds two selection entries on install, once, however often the extension is installed or updated', async () => {
    const { created } = stubMenus();
    setUpMenusAndCommands();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(created.map((c) => [c.id, c.contexts])).toEqual([
      ['zhuji-highlight', ['selection']],
      ['zhuji-note', ['selection']],
    ]);
    expect(created.every((c) => c.title.length > 0)).toBe(true);
  });

  it('asks the clicked tab’s content script to highlight the selection, with a note for the note entry', async () => {
    const { sent, fire } = stubMenus();
    setUpMenusAndCommands();
    fire('clicked', { menuItemId: 'zhuji-highlight' }, { id: 7 });
    fire('clicked', { menuItemId: 'zhuji-note' }, { id: 8 });
    fire('clicked', { menuItemId: 'someone-else' }, { id: 9 }); // not ours
    fire('clicked', { menuItemId: 'zhuji-note' }, undefined); // no tab (e.g. a devtools page)
    fire('command', 'highlight-selection', { id: 10 });
    fire('command', 'other-command', { id: 11 });
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    const asked = sent.map(([tab, m]) => [tab, (m as { type: string }).type, (m as { data: unknown }).data]);
    expect(asked).toEqual([
      [7, 'highlightSelection', { note: false }],
      [8, 'highlightSelection', { note: true }],
      [10, 'highlightSelection', { note: false }],
    ]);
  });
});
