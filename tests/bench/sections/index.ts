import type { BenchSection } from '../section';

export interface SectionEntry {
  name: string;
  /** Other names that select the section (older names kept working). */
  aliases?: readonly string[];
  description: string;
  /** Loaded only when the section runs, so one section's dependencies don't slow another. */
  load(): Promise<BenchSection>;
}

/**
 * Every section, in the order `npm run bench` runs them. Later sections add an entry here
 * and a module beside this file.
 */
export const SECTIONS: readonly SectionEntry[] = [
  {
    name: 'rules',
    description:
      'check engine vs retext and write-good; adversarial 100 KB inputs; targets; coverage',
    load: async () => (await import('./rules')).rulesSection,
  },
  {
    name: 'sites',
    aliases: ['content-script'],
    description:
      'content script: size; on the 2,000-post X feed in Chromium per batch, long tasks, heap',
    load: async () => (await import('./sites')).sitesSection,
  },
  {
    name: 'compose',
    description:
      'analysis + three suggestions per message of the labelled corpus: median, p95; each half alone',
    load: async () => (await import('./compose')).composeSection,
  },
  {
    name: 'panel',
    aliases: ['focus'],
    description:
      'focus a reply box on a site page → panel shows card, analysis, suggestions (Chromium)',
    load: async () => (await import('./panel')).panelSection,
  },
  {
    name: 'memory',
    description:
      'customer memory at 100k contacts / 1M interactions: lookup, record, export, size (Chromium, Node)',
    load: async () => (await import('./memory')).memorySection,
  },
  {
    name: 'packs',
    description:
      'voice pack editing and updates: validate + examples per edit, update + diff, vs Ajv; form keystroke (Chromium)',
    load: async () => (await import('./packs')).packsSection,
  },
];

/** The section a command-line name selects: its name or one of its aliases. */
export function sectionNamed(name: string): SectionEntry | undefined {
  return SECTIONS.find((s) => s.name === name || s.aliases?.includes(name));
}
