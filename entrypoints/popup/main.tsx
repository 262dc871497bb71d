import { render } from 'preact';
import { ZhujiDatabase } from '../../lib/db/database';
import { watchUiLanguage } from '../../lib/i18n';
import { App } from './App';
import { browserDeps } from './deps';

// The popup reads the extension-origin database directly and live; writes go to the background.
const deps = browserDeps(new ZhujiDatabase());
void watchUiLanguage()
  .catch(() => undefined)
  .then(() => render(<App deps={deps} />, document.getElementById('app')!));
