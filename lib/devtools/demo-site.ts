/**
 * The demo behind `npm start`: the demo build of the extension, and a small site of the same
 * fixture pages the end-to-end tests use (each platform's composer markup on the real editor
 * library that platform runs), with an index that shows the platforms side by side. Node only.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  buildSiteFixtures,
  SITE_FIXTURE_PAGES,
  type SiteEditor,
} from '../../tests/fixtures/build-site-fixtures';
import { SITE_ADAPTERS } from '../sites/registry';
import { defaultPackInput } from '../voice/default-pack';
import { ROOT } from './browser';

/** Where `wxt build --mode demo` writes: never the .output/chrome-mv3 that `npm test` uses. */
export const DEMO_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-demo');
export const DEMO_SITE_DIR = join(ROOT, '.output/demo-site');
const ASSETS_DIR = join(ROOT, 'lib/devtools/demo');

/** The demo build: the content script also runs on http://127.0.0.1 and http://localhost. */
export function buildDemoExtension(stdio: 'inherit' | 'pipe' = 'inherit'): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'demo'],
      {
        cwd: ROOT,
        stdio,
        // Piped output lands in an error message: no colour codes in it.
        env: {
          ...process.env,
          WXT_REPLYKIT_DEMO: '1',
          ...(stdio === 'pipe' ? { NO_COLOR: '1' } : {}),
        },
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`wxt build --mode demo failed (exit ${code})\n${output}`)),
    );
  });
}

const EDITOR_LABELS: Record<SiteEditor, string> = {
  draft: 'Draft.js',
  lexical: 'Lexical',
  quill2: 'Quill 2',
  prosemirror: 'TipTap (ProseMirror)',
  textarea: 'React textarea',
  contenteditable: 'contenteditable',
};

export interface DemoPage {
  /** `<site>/<name>`, served at `/<site>/<name>.html`. */
  page: string;
  /** "reply thread", "direct message", … */
  title: string;
  editor: string;
  /** The reply box to click, as the fixture page declares it. */
  composer: string;
}

export interface DemoPlatform {
  /** The site adapter's id, also the folder. */
  id: string;
  label: string;
  /** The editor libraries its composers run, in page order. */
  editors: string[];
  pages: DemoPage[];
}

/** Every platform with a fixture page, in the registry's order. */
export const DEMO_PLATFORMS: readonly DemoPlatform[] = SITE_ADAPTERS.flatMap((adapter) => {
  const pages = SITE_FIXTURE_PAGES.filter((p) => p.page.startsWith(`${adapter.id}/`)).map(
    (p): DemoPage => ({
      page: p.page,
      title: p.page.slice(adapter.id.length + 1).replace(/-/g, ' '),
      editor: EDITOR_LABELS[p.editor],
      composer: p.composers[0]!.editor,
    }),
  );
  if (pages.length === 0) return [];
  return [
    {
      id: adapter.id,
      label: adapter.label,
      editors: [...new Set(pages.map((p) => p.editor))],
      pages,
    },
  ];
});

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The copies never reach out: their avatars point at the real sites' CDNs, which the tests
 * intercept and the demo blocks here. Scripts and styles stay allowed (the editors are inline).
 */
const CSP =
  "img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; frame-src 'self'";

function navHtml(current: DemoPage, platform: DemoPlatform): string {
  const tabs = DEMO_PLATFORMS.map((p) => {
    const here = p.id === platform.id;
    return `<a href="/${esc(p.pages[0]!.page)}.html"${here ? ' aria-current="page"' : ''}>${esc(p.label)}</a>`;
  }).join('');
  const kinds = platform.pages
    .map((p) => {
      const here = p.page === current.page;
      return `<a href="/${esc(p.page)}.html"${here ? ' aria-current="page"' : ''}>${esc(p.title)} <small>${esc(p.editor)}</small></a>`;
    })
    .join('');
  return (
    `<nav class="replykit-demo-nav" aria-label="Replykit demo">` +
    `<div class="replykit-demo-nav__row"><a class="replykit-demo-nav__home" href="/">Replykit demo</a>${tabs}</div>` +
    `<div class="replykit-demo-nav__row replykit-demo-nav__row--kinds">${kinds}` +
    `<span class="replykit-demo-nav__note">A copy of ${esc(platform.label)}’s markup on ${esc(current.editor)}, served from this machine. Nothing is sent.</span></div>` +
    `</nav>`
  );
}

/** The fixture page with the demo's tab strip on top and the outside world blocked. */
function demoPageHtml(html: string, page: DemoPage, platform: DemoPlatform): string {
  const head =
    `<meta http-equiv="Content-Security-Policy" content="${CSP}" />\n` +
    `<link rel="stylesheet" href="/nav.css" />\n` +
    // The index shows the pages as previews in frames: no tab strip there.
    `<script>if (window.top !== window) document.documentElement.classList.add('replykit-demo-framed');</script>\n`;
  const withHead = html.replace(/<head[^>]*>/i, (tag) => `${tag}\n${head}`);
  return withHead.replace(/<body[^>]*>/i, (tag) => `${tag}\n${navHtml(page, platform)}\n`);
}

/** Where the demo serves a team pack to subscribe to, as a team lead would publish one. */
export const DEMO_PACK_PATH = 'packs/acme-care.json';

/**
 * The demo's team pack: the default pack as a brand's own, with one rule of the brand's on top
 * ("ASAP" promises nothing), so a subscription visibly changes what the check says.
 */
export function demoTeamPackJson(): string {
  const input = structuredClone(defaultPackInput) as Record<string, unknown> & {
    vocabulary: { banned: { term: string; reason: string }[] };
  };
  delete input.$schema;
  input.id = 'acme-care';
  input.name = 'Acme care (demo team pack)';
  input.version = '1.0.0';
  input.description = 'A team pack served by the Replykit demo, to try a subscription.';
  input.vocabulary.banned.push({
    term: 'ASAP',
    reason: 'it promises nothing: say when',
  });
  return JSON.stringify(input, null, 2) + '\n';
}

function indexHtml(): string {
  const cards = DEMO_PLATFORMS.map((platform) => {
    const first = platform.pages[0]!;
    const links = platform.pages
      .map(
        (p) =>
          `<li><a href="${esc(p.page)}.html">${esc(p.title)}</a> <span class="card__editor">${esc(p.editor)}</span></li>`,
      )
      .join('');
    return `
      <article class="card" aria-labelledby="card-${esc(platform.id)}">
        <h2 id="card-${esc(platform.id)}"><a href="${esc(first.page)}.html">${esc(platform.label)}</a></h2>
        <p class="card__editors">${esc(platform.editors.join(' · '))}</p>
        <div class="card__preview" aria-hidden="true">
          <iframe src="${esc(first.page)}.html" title="" tabindex="-1" inert loading="lazy"></iframe>
        </div>
        <ul class="card__pages">${links}</ul>
      </article>`;
  }).join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <title>Replykit demo: reply boxes of every platform</title>
    <link rel="stylesheet" href="demo.css" />
  </head>
  <body>
    <header class="bar">
      <svg class="bar__logo" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9" />
        <circle cx="12" cy="12" r="4" />
      </svg>
      <h1 class="bar__title">Replykit demo</h1>
      <p class="bar__note">
        Each platform’s reply boxes, copied with their markup and running the editor library the
        platform runs. Open one, click into its reply box and write: the Replykit panel follows
        it. Everything is served from this machine; nothing is sent.
      </p>
    </header>
    <main class="cards">${cards}
    </main>
    <section class="team-pack" aria-labelledby="team-pack-title">
      <h2 id="team-pack-title">Try a team pack</h2>
      <p>
        A team lead publishes the brand's voice pack at a URL; every team member's Replykit
        follows it. This demo serves one: copy the address of
        <a href="${esc(DEMO_PACK_PATH)}">${esc(DEMO_PACK_PATH)}</a>, then in Replykit's options
        open <em>Voice packs</em>, paste it under <em>Subscriptions</em>, and choose it in the
        panel's pack switch. Its rule against "ASAP" then shows in the check.
      </p>
    </section>
  </body>
</html>
`;
}

/** Builds the fixture pages and writes the demo site to .output/demo-site. */
export async function buildDemoSite(outDir: string = DEMO_SITE_DIR): Promise<string> {
  const built = new Map((await buildSiteFixtures()).map((p) => [p.page, p.html]));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const platform of DEMO_PLATFORMS) {
    for (const page of platform.pages) {
      const file = join(outDir, `${page.page}.html`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, demoPageHtml(built.get(page.page)!, page, platform));
    }
  }
  writeFileSync(join(outDir, 'index.html'), indexHtml());
  mkdirSync(join(outDir, dirname(DEMO_PACK_PATH)), { recursive: true });
  writeFileSync(join(outDir, DEMO_PACK_PATH), demoTeamPackJson());
  for (const name of ['demo.css', 'nav.css'])
    copyFileSync(join(ASSETS_DIR, name), join(outDir, name));
  return outDir;
}
