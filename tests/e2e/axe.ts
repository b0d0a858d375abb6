import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core from node_modules, run inside the page: no download, nothing leaves the machine.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** Each node's CSS target, joined. */
  nodes: string[];
}

/**
 * axe-core's violations on the page as it is now, in the whole document or inside `selector`.
 * An extension page's CSP allows no inline script, so the source is evaluated through the
 * DevTools protocol rather than a script tag.
 */
export async function axeViolations(page: Page, selector?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Document | string,
          options: object,
        ) => Promise<{
          violations: {
            id: string;
            impact: string | null;
            help: string;
            nodes: { target: string[] }[];
          }[];
        }>;
      };
    };
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, selector);
}
