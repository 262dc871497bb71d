import { browser } from 'wxt/browser';
import type { ZhujiDatabase } from '../../lib/db/database';
import { recentPages, recordVisit } from '../../lib/db/pages';
import { validateLimit, validatePageSeen } from '../../lib/db/validate';
import type { Routes } from '../../lib/messaging';

export function backgroundRoutes(db: ZhujiDatabase): Routes {
  return {
    ping: {
      validate: () => null,
      handle: () => {
        const manifest = browser.runtime.getManifest();
        return { name: manifest.name, version: manifest.version };
      },
    },
    pageSeen: { validate: validatePageSeen, handle: (seen) => recordVisit(db, seen) },
    recentPages: { validate: validateLimit, handle: ({ limit }) => recentPages(db, limit) },
  };
}
