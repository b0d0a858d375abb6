import { startOnPage } from '../lib/content/start';
import { CONTENT_SCRIPT_MATCHES } from '../lib/content/matches';

// Wiring only: WXT imports this file at build time to read the options. The same file is
// registered at run time (lib/background/site-scripts.ts) for the sites the user adds.
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    return startOnPage(ctx);
  },
});
