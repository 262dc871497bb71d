import { render } from 'preact';
import { ZhujiDatabase } from '../../lib/db/database';
import { watchUiLanguage } from '../../lib/i18n';
import { browserDeps } from './deps';
import { Options } from './Options';

const deps = browserDeps(new ZhujiDatabase());
void watchUiLanguage()
  .catch(() => undefined)
  .then(() => render(<Options deps={deps} />, document.getElementById('app')!));
