import type { BenchSection } from '../section';

export interface SectionEntry {
  name: string;
  description: string;
  /** Loaded only when the section runs, so one section's dependencies don't slow another. */
  load(): Promise<BenchSection>;
}

/**
 * Every section, in the order `npm run bench` runs them. Later sections (content-script,
 * memory, …) add an entry here and a module beside this file.
 */
export const SECTIONS: readonly SectionEntry[] = [
  {
    name: 'rules',
    description:
      'check engine vs retext and write-good; adversarial 100 KB inputs; targets; coverage',
    load: async () => (await import('./rules')).rulesSection,
  },
  {
    name: 'content-script',
    description:
      'content script on the 2,000-post X feed in Chromium: per mutation batch, focus, draft sync',
    load: async () => (await import('./content-script')).contentScriptSection,
  },
];
