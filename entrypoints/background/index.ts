import { defineBackground } from 'wxt/utils/define-background';
import { ZhujiDatabase } from '../../lib/db/database';
import { serve } from '../../lib/messaging-browser';
import { collectMode } from '../../lib/settings';
import { setUpMenusAndCommands } from './menus';
import { backgroundRoutes } from './routes';

export default defineBackground(() => {
  // The database lives here, in the extension origin; content scripts reach it by messages.
  serve(backgroundRoutes(new ZhujiDatabase(), () => collectMode.getValue()));
  setUpMenusAndCommands();
});
