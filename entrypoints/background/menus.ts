import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { requestTab } from '../../lib/messaging-browser';

const MENU_HIGHLIGHT = 'zhuji-highlight';
const MENU_NOTE = 'zhuji-note';

/** Context-menu entries on a selection and the keyboard command, both answered by the tab's content script. */
export function setUpMenusAndCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: t('menuHighlight'), contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_NOTE, title: t('menuNote'), contexts: ['selection'] });
    }, console.warn);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || (info.menuItemId !== MENU_HIGHLIGHT && info.menuItemId !== MENU_NOTE))
      return;
    requestTab(tab.id, 'highlightSelection', { note: info.menuItemId === MENU_NOTE }).catch(console.warn);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection' && tab?.id !== undefined) {
      requestTab(tab.id, 'highlightSelection', { note: false }).catch(console.warn);
    }
  });
}
