import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/sites');

export interface Fixture {
  site: string;
  name: string;
  path: string;
  url: string;
  html: string;
}

/** Every fixture page: `tests/fixtures/sites/<site>/<name>.html`, with its real URL in a meta tag. */
export function allFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of readdirSync(FIXTURES_DIR).sort()) {
    for (const file of readdirSync(join(FIXTURES_DIR, site)).sort()) {
      if (!file.endsWith('.html')) continue;
      const path = join(FIXTURES_DIR, site, file);
      const html = readFileSync(path, 'utf8');
      const url = /<meta\s+name="fixture-url"\s+content="([^"]+)"/.exec(html)?.[1];
      if (!url) throw new Error(`${path}: no <meta name="fixture-url">`);
      out.push({ site, name: file.replace(/\.html$/, ''), path, url, html });
    }
  }
  return out;
}

export function fixture(site: string, name: string): Fixture {
  const f = allFixtures().find((x) => x.site === site && x.name === name);
  if (!f) throw new Error(`no fixture ${site}/${name}`);
  return f;
}

/** The fixture as a document at its real URL, scripts off (page text is data). */
export function load(f: Fixture, html = f.html): Document {
  const window = new Window({
    url: f.url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
