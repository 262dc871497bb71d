import { render } from 'preact';
import { ZhujiDatabase } from '../../lib/db/database';
import { watchUiLanguage } from '../../lib/i18n';
import { App } from './App';
import { browserDeps } from './deps';
import { firstScreen } from './use-records';

// The popup reads the extension-origin database directly and live; writes go to the background.
// The first screen of the timeline is read while the language setting loads, so the first
// render already has its rows.
const deps = browserDeps(new ZhujiDatabase());
const first = firstScreen(deps.db, 'newest').catch(() => null);
void Promise.all([watchUiLanguage().catch(() => undefined), first]).then(([, initial]) =>
  render(<App deps={deps} initial={initial} />, document.getElementById('app')!),
);
