import { startOnPage } from '../lib/content/start';
import { CONTENT_SCRIPT_MATCHES } from '../lib/content/matches';

// Wiring only: WXT imports this file at build time to read the options.
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startOnPage(ctx);
  },
});
