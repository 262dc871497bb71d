import { storage } from 'wxt/utils/storage';

/**
 * Settings as versioned WXT storage items (local area): read by the content script on each
 * page load without a message round trip, written by the options page and the popup.
 * Add a migration to an item's `migrations` when its shape changes, and bump its version.
 */
export type CollectMode = 'auto' | 'save' | 'off';
export const COLLECT_MODES: readonly CollectMode[] = ['auto', 'save', 'off'];

/** as published / Simplified / Traditional (Taiwan) / Traditional (Hong Kong) */
export type ScriptShown = 'original' | 'hans' | 'hant-tw' | 'hant-hk';
export const SCRIPTS_SHOWN: readonly ScriptShown[] = ['original', 'hans', 'hant-tw', 'hant-hk'];

export type UiLanguage = 'browser' | 'zh-Hans' | 'zh-Hant' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['browser', 'zh-Hans', 'zh-Hant', 'en'];

/** What the reading layer shows on an article. */
export interface ShowKinds {
  figures: boolean;
  events: boolean;
  /** hide junk blocks (share bars, keyword lists …) */
  hideJunk: boolean;
  /** hide inline pinyin glosses */
  hideGlosses: boolean;
}

export interface Colors {
  figure: string;
  event: string;
  /** the reader's highlight colors, first is the default */
  highlight: string[];
}

export const collectMode = storage.defineItem<CollectMode>('local:collectMode', {
  fallback: 'auto',
  version: 1,
});
export const scriptShown = storage.defineItem<ScriptShown>('local:scriptShown', {
  fallback: 'original',
  version: 1,
});
export const uiLanguage = storage.defineItem<UiLanguage>('local:uiLanguage', {
  fallback: 'browser',
  version: 1,
});
/** host names where Zhuji stays off */
export const sitesOff = storage.defineItem<string[]>('local:sitesOff', { fallback: [], version: 1 });
export const showKinds = storage.defineItem<ShowKinds>('local:showKinds', {
  fallback: { figures: true, events: true, hideJunk: true, hideGlosses: true },
  version: 1,
});
export const colors = storage.defineItem<Colors>('local:colors', {
  fallback: { figure: '#fff3b0', event: '#d7ecff', highlight: ['#ffe066', '#b2f2bb', '#ffc9c9', '#d0bfff'] },
  version: 1,
});
