import { SITE_ADAPTERS } from '../sites/registry';

/**
 * Where the content script runs: the supported sites, plus the local demo origins in the demo
 * build behind `npm start` (WXT_REPLYKIT_DEMO), which treats them as sites the user enabled.
 */
export const DEMO_ORIGINS = ['http://127.0.0.1', 'http://localhost'] as const;

export const CONTENT_SCRIPT_MATCHES: string[] = [
  ...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches)),
  ...(import.meta.env.WXT_REPLYKIT_DEMO ? DEMO_ORIGINS.map((origin) => `${origin}/*`) : []),
];
