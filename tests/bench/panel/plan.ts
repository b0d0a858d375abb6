/**
 * Which reply box the panel section focuses in each run, and whose message it answers. Every run
 * has a customer of its own (so the panel really reads a new message, never one it has shown)
 * and the runs alternate the site pages (each on its site's editor library) and the corpus's
 * languages, so the figure is not one editor's or one language's.
 */
import { CORPUS_LANGUAGES, type CorpusItem } from '../../fixtures/messages/corpus';
import { EXPECTED } from '../../unit/sites/expected';
import type { Retelling } from './retell';

/**
 * The pages, one per editor family, each with its reply box (as in
 * tests/fixtures/build-site-fixtures.ts); 7 pages and 3 languages make 21 different pairs.
 */
export const PANEL_PAGES = [
  { page: 'x/reply-thread', editor: 'Draft.js', composer: '[data-testid="tweetTextarea_0"]' },
  { page: 'linkedin/comment', editor: 'Quill 2', composer: '.ql-editor' },
  { page: 'facebook/comment', editor: 'Lexical', composer: '[data-lexical-editor="true"]' },
  { page: 'bluesky/reply', editor: 'ProseMirror', composer: '.ProseMirror' },
  { page: 'youtube/comment', editor: 'contenteditable', composer: '#contenteditable-root' },
  {
    page: 'mastodon/reply',
    editor: 'textarea',
    composer: 'textarea.autosuggest-textarea__textarea',
  },
  { page: 'whatsapp/conversation', editor: 'Lexical', composer: '[data-lexical-editor="true"]' },
] as const;

export interface PanelRun {
  /** 0-based, over all sessions. */
  index: number;
  page: string;
  editor: string;
  /** CSS selector of the reply box that is clicked (its first match). */
  composer: string;
  language: CorpusItem['language'];
  /** The corpus message the run's customer wrote. */
  corpusId: string;
  /** The fixture's customer and message, and the run's, put in their place. */
  retelling: Retelling;
}

/**
 * Messages the panel answers with three suggestions in the ordinary way: a named author, one
 * line (the fixtures' message boxes are one paragraph), no crisis cue and no trolling (those put
 * a playbook first; the measured flow is the everyday one).
 */
export function eligible(item: CorpusItem): boolean {
  return (
    item.author?.name !== undefined &&
    !item.text.includes('\n') &&
    item.escalation.length === 0 &&
    item.intent !== 'abuse'
  );
}

/**
 * `count` runs: page i mod 7, language i mod 3, and for each language its eligible messages in
 * corpus order, skipping any whose author's name an earlier run already used.
 */
export function planRuns(corpus: readonly CorpusItem[], count: number): PanelRun[] {
  const queues = new Map(
    CORPUS_LANGUAGES.map((language) => [
      language,
      corpus.filter((item) => item.language === language && eligible(item)),
    ]),
  );
  const usedNames = new Set<string>();
  const runs: PanelRun[] = [];
  for (let index = 0; index < count; index++) {
    const { page, editor, composer } = PANEL_PAGES[index % PANEL_PAGES.length]!;
    const language = CORPUS_LANGUAGES[index % CORPUS_LANGUAGES.length]!;
    const queue = queues.get(language)!;
    let item = queue.shift();
    while (item && usedNames.has(item.author!.name!)) item = queue.shift();
    if (!item)
      throw new Error(`The corpus has too few eligible ${language} messages for ${count} runs.`);
    const name = item.author!.name!;
    usedNames.add(name);
    const fixture = EXPECTED[page]?.[0];
    if (!fixture?.customer.displayName || !fixture.inReplyTo)
      throw new Error(`${page}: no fixture with a customer's name and message`);
    runs.push({
      index,
      page,
      editor,
      composer,
      language,
      corpusId: item.id,
      retelling: {
        fromName: fixture.customer.displayName,
        toName: name,
        fromMessage: fixture.inReplyTo,
        toMessage: item.text,
      },
    });
  }
  return runs;
}
