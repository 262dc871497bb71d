import { storage } from 'wxt/utils/storage';

export type CollectMode = 'auto' | 'save' | 'off';
export const COLLECT_MODES: readonly CollectMode[] = ['auto', 'save', 'off'];

/** How pages and events are collected. Versioned: add migrations here when the shape changes. */
export const collectMode = storage.defineItem<CollectMode>('local:collectMode', {
  fallback: 'auto',
  version: 1,
});
