import { measureLength, PLATFORM_LIMITS } from '../../platforms/limits';
import type { PlatformId } from '../../platforms';
import type { BlockKind, Language, VoicePack } from '../../voice/schema';
import type { SuggestionShape } from '../types';
import { blocksFor, variantsOf, type BlockContext } from './blocks';
import { continueSentence, factsUsed, fill, usable, type Values } from './placeholders';
import { pick } from './variety';

/** What each shape is made of, in reply order, and what it can lose to fit the platform. */
export const SHAPES: Record<SuggestionShape, { kinds: BlockKind[]; optional: BlockKind[] }> = {
  short: { kinds: ['greeting', 'acknowledge', 'next-step'], optional: [] },
  warm: {
    kinds: ['greeting', 'acknowledge', 'empathy', 'answer', 'next-step', 'closing'],
    optional: ['closing', 'empathy', 'answer'],
  },
  question: { kinds: ['greeting', 'acknowledge', 'question'], optional: [] },
};

/** A filled block in a candidate reply. */
export interface Piece {
  kind: BlockKind | 'after-hours';
  blockId?: string;
  text: string;
}

export interface Candidate {
  pieces: Piece[];
  /** Which attempt produced it: earlier attempts are the seed's first choice. */
  attempt: number;
}

interface Option {
  blockId: string;
  text: string;
}

/**
 * The filled variants a kind can use. Variants that restate a fact from the message or from
 * memory (the topic, the order number, last time's outcome) win over generic ones.
 */
function optionsFor(
  pack: VoicePack,
  kind: BlockKind,
  context: BlockContext,
  values: Values,
  plain: boolean,
): Option[] {
  const all: (Option & { facts: number })[] = [];
  for (const block of blocksFor(pack, kind, context)) {
    for (const variant of variantsOf(block, context.language)) {
      if (usable(variant, values))
        all.push({ blockId: block.id, text: fill(variant, values), facts: factsUsed(variant) });
    }
  }
  const specific = all.filter((option) => option.facts > 0);
  const chosen = plain
    ? all.filter((option) => option.facts === 0)
    : specific.length > 0
      ? specific
      : all;
  return (chosen.length > 0 ? chosen : all).map(({ blockId, text }) => ({ blockId, text }));
}

/**
 * Up to `attempts` different candidates of one shape, chosen by the seed: attempt 0 is the
 * seed's first choice for every block, later attempts re-draw every choice. Undefined when the
 * pack has nothing that makes the shape (a question-led reply needs a question).
 */
export function candidates(
  shape: SuggestionShape,
  pack: VoicePack,
  context: BlockContext,
  values: Values,
  seed: number,
  attempts: number,
): Candidate[] {
  const kinds = SHAPES[shape].kinds;
  // A short reply keeps the greeting short: last time's story belongs in the longer ones.
  const options = new Map(
    kinds.map((kind) => [
      kind,
      optionsFor(pack, kind, context, values, shape === 'short' && kind === 'greeting'),
    ]),
  );
  if (shape === 'question' && options.get('question')!.length === 0) return [];
  if (kinds.every((kind) => kind === 'greeting' || options.get(kind)!.length === 0)) return [];
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    const pieces: Piece[] = [];
    for (const kind of kinds) {
      const list = options.get(kind)!;
      if (list.length === 0) continue;
      const option = list[pick(list.length, seed, `${shape}:${kind}:${attempt}`)]!;
      pieces.push({ kind, blockId: option.blockId, text: option.text });
    }
    const key = pieces.map((p) => p.text).join('\n');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pieces, attempt });
  }
  return out;
}

/** The pieces as one reply: a greeting ending in a comma runs on into the next sentence. */
export function assemble(
  pieces: readonly Piece[],
  language: Language,
  terms: readonly string[],
  signOff: string | undefined,
): string {
  let text = '';
  for (const piece of pieces) {
    if (!text) text = piece.text;
    else if (text.endsWith(',')) text += ` ${continueSentence(piece.text, language, terms)}`;
    else text += ` ${piece.text}`;
  }
  return signOff ? `${text} ${signOff}` : text;
}

/** The after-hours note goes before the closing words, where the next step would be said. */
export function withAfterHours(pieces: readonly Piece[], note: string | undefined): Piece[] {
  if (!note) return [...pieces];
  const closing = pieces.findIndex((p) => p.kind === 'closing');
  const at = closing === -1 ? pieces.length : closing;
  return [...pieces.slice(0, at), { kind: 'after-hours', text: note }, ...pieces.slice(at)];
}

export function limitFor(pack: VoicePack, platform: PlatformId): number | null {
  return pack.limits[platform]?.maxChars ?? PLATFORM_LIMITS[platform].maxChars;
}

/**
 * The pieces, shortened until the reply fits the platform: optional blocks go in the shape's
 * order (closing, then empathy, then substance). Whatever remains may still be too long; the
 * pack's check decides.
 */
export function fitToLength(
  pieces: readonly Piece[],
  shape: SuggestionShape,
  render: (pieces: readonly Piece[]) => string,
  platform: PlatformId,
  limit: number | null,
): Piece[] {
  let current = [...pieces];
  const fits = () => measureLength(render(current), platform, limit).overflowStart === null;
  for (const kind of SHAPES[shape].optional) {
    if (fits()) break;
    current = current.filter((piece) => piece.kind !== kind);
  }
  return current;
}
