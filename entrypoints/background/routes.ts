import { browser } from 'wxt/browser';
import {
  annotationsForPage,
  deleteAnnotation,
  restoreAnnotation,
  saveAnnotation,
  updateAnnotation,
} from '../../lib/db/annotations';
import { collectAndSave, collectPage } from '../../lib/db/collect';
import type { ZhujiDatabase } from '../../lib/db/database';
import { storageErrorText } from '../../lib/db/errors';
import { recentPages } from '../../lib/db/pages';
import { validators } from '../../lib/db/validate-messages';
import type { Routes, Sender } from '../../lib/messaging';
import { convertTexts } from './convert';
import type { CollectMode } from '../../lib/settings';

/** Runs a storage operation; a failure reaches the sender in words that say what to do. */
async function stored<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(storageErrorText(error));
  }
}

/** The popup, the options page and other pages of the extension itself (not content scripts). */
const isExtensionPage = (sender: Sender) => /^(chrome|moz)-extension:\/\//.test(sender.url ?? '');

/** Whether a content script's message about `pageUrl` is about its own page's origin. */
function isOwnOrigin(sender: Sender, pageUrl: string): boolean {
  if (!sender.url || !/^https?:/.test(sender.url))
    throw new Error('sender: not a web page or Zhuji’s own page');
  return new URL(sender.url).origin === new URL(pageUrl).origin;
}

/**
 * A content script may only read and write about the page it runs in (its origin); extension
 * pages may act on any page. A sender that is neither (no address, not http or https) is refused.
 */
function assertSameOrigin(sender: Sender, pageUrl: string) {
  if (!isExtensionPage(sender) && !isOwnOrigin(sender, pageUrl))
    throw new Error('page: not the sender’s page');
}

/**
 * A write by id, checked inside its transaction: for a content script, the pages the message
 * names (`pages`), the stored record and its deletion mark must all be on the sender's origin.
 * A record of another site is answered as a missing one, so a site cannot probe which pages'
 * (deterministic) ids the reader has.
 */
function guarded<T>(db: ZhujiDatabase, sender: Sender, id: string, pages: string[], write: () => Promise<T>) {
  return db.transaction('rw', [db.pages, db.annotations, db.tombstones, db.searchText], async () => {
    if (!isExtensionPage(sender)) {
      for (const page of pages) assertSameOrigin(sender, page);
      const [record, tombstone] = await Promise.all([db.annotations.get(id), db.tombstones.get(id)]);
      for (const page of [record?.page, tombstone?.page])
        if (page && !isOwnOrigin(sender, page)) throw new Error(`no annotation ${id}`);
    }
    return write();
  });
}

export function backgroundRoutes(db: ZhujiDatabase, collectMode: () => Promise<CollectMode>): Routes {
  return {
    ping: {
      validate: validators.ping,
      handle: () => {
        const manifest = browser.runtime.getManifest();
        return { name: manifest.name, version: manifest.version };
      },
    },
    pageAnalyzed: {
      validate: validators.pageAnalyzed,
      handle: async ({ page, events }, sender) => {
        assertSameOrigin(sender, page.url);
        if ((await collectMode()) !== 'auto') return null;
        return stored(() => collectPage(db, page, events));
      },
    },
    saveAnnotation: {
      validate: validators.saveAnnotation,
      handle: async ({ page, annotation, events }, sender) => {
        assertSameOrigin(sender, page.url);
        const mode = await collectMode();
        return stored(() =>
          mode === 'save'
            ? collectAndSave(db, page, events, annotation)
            : saveAnnotation(db, page, annotation),
        );
      },
    },
    updateAnnotation: {
      validate: validators.updateAnnotation,
      handle: ({ id, patch }, sender) =>
        stored(() => guarded(db, sender, id, [], () => updateAnnotation(db, id, patch))),
    },
    deleteAnnotation: {
      validate: validators.deleteAnnotation,
      handle: ({ id }, sender) => stored(() => guarded(db, sender, id, [], () => deleteAnnotation(db, id))),
    },
    restoreAnnotation: {
      validate: validators.restoreAnnotation,
      handle: ({ record }, sender) =>
        stored(() => guarded(db, sender, record.id, [record.page], () => restoreAnnotation(db, record))),
    },
    pageAnnotations: {
      validate: validators.pageAnnotations,
      handle: ({ url }, sender) => {
        assertSameOrigin(sender, url);
        return stored(() => annotationsForPage(db, url));
      },
    },
    recentPages: {
      validate: validators.recentPages,
      handle: ({ limit }) => stored(() => recentPages(db, limit)),
    },
    convertText: {
      validate: validators.convertText,
      handle: ({ texts, to }) => {
        const total = texts.reduce((n, t) => n + t.length, 0);
        if (total > 5_000_000) throw new Error('texts: more than 5,000,000 characters');
        return convertTexts(texts, to);
      },
    },
  };
}
