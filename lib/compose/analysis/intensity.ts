import type { Intensity } from '../../voice/taxonomy';
import {
  ANGER_EMOJI,
  ANNOYED_EMOJI,
  DISTRESS_EMOJI,
  LAUGH_EMOJI,
  POSITIVE_EMOJI,
  SARCASM_EMOJI,
} from '../data/emoji';
import { type Lexicon, matchesOf, type WeightedRegex } from './lexicon';
import type { Token } from './text';

export interface IntensityReading {
  intensity: Intensity;
  score: number;
  signals: string[];
  /** Shared with the intent reader: sarcastic praise is a complaint. */
  sarcasm: boolean;
  /** Positive words the customer negated ("not happy"), for the intent reader. */
  negatedPositive: number;
  /** The distress and anger parts of the score, for adjustments by escalation cues. */
  distress: number;
  anger: number;
}

// Shouted acronyms are not shouting.
const ACRONYMS = new Set(
  'DHL UPS DPD GLS USPS FEDEX EU UK USA US OK OMG LOL ASAP FYI DM PM ID PIN SMS GDPR DSGVO ARN IMY APP PDF URL HTTP HTTPS FAQ IOS TV PC CEO VAT MWST MOMS SEK EUR USD GBP CET CEST AM PM BBC FTC BBB NHS RMA ETA XL XXL XS QR NFC USB LED HD'.split(
    ' ',
  ),
);

function countEmoji(text: string, set: readonly string[]): number {
  let n = 0;
  for (const e of set) {
    let from = text.indexOf(e);
    while (from !== -1) {
      n++;
      from = text.indexOf(e, from + e.length);
    }
  }
  return n;
}

/** True when one of the three words before `index` negates what follows ("not very happy"). */
export function negatedAt(text: string, index: number, tokens: readonly Token[], lex: Lexicon) {
  const before = tokens.filter((t) => t.end <= index).slice(-3);
  // A sentence or clause break ends the reach of a negation ("No. Happy now").
  const gap = text.slice(before[0]?.start ?? index, index);
  if (/[.!?;]/.test(gap)) return false;
  return before.some((t) => lex.negators.has(t.lower) || t.lower.endsWith("n't"));
}

function intensifiedAt(index: number, tokens: readonly Token[], lex: Lexicon): boolean {
  const before = tokens.filter((t) => t.end <= index).slice(-2);
  return before.some(
    (t) => lex.intensifiers.has(t.lower) || (t.lower.startsWith('jätte') && t.lower.length > 5),
  );
}

function sumLexicon(
  list: readonly WeightedRegex[],
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  signals: Set<string>,
): number {
  let sum = 0;
  for (const { re, weight } of list) {
    const found = matchesOf(re, text);
    if (found.length === 0) continue;
    // Repeating a word says little more than saying it once; a second, different one says more.
    const distinct = new Set(found.map((m) => m[0].toLowerCase())).size;
    let w = weight * (1 + 0.5 * (distinct - 1));
    // Before the word ("so disappointed") or inside it ("jättebesviken", "stinksauer").
    const inside = (m: RegExpExecArray) =>
      /^(?:jätte|skit|sjukt|mega|super|total|stink|sau)/iu.test(m[0]);
    if (found.some((m) => intensifiedAt(m.index, tokens, lex) || inside(m))) {
      w *= 1.4;
      signals.add('intensifier');
    }
    sum += w;
  }
  return sum;
}

/**
 * How strongly the customer feels: word lists for irritation, anger and distress, plus what
 * social messages say without words (CAPS, "!!!", emoji). Distressed is its own state, not
 * "very angry": a crying parent who cannot afford a second order needs care, not de-escalation.
 */
export function readIntensity(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  praiseWords: readonly WeightedRegex[],
): IntensityReading {
  const signals = new Set<string>();
  // Irritation alone never makes a message angry, however many small complaints it lists:
  // it is capped below the angry level. Anger comes from anger words, shouting and 😡.
  let irritation = sumLexicon(lex.annoyed, text, tokens, lex, signals);
  const anger = sumLexicon(lex.angry, text, tokens, lex, signals);
  let negative = anger;
  // Feelings (crying, scared) count at once; circumstances (my kid, rent) only with them.
  const feelings = sumLexicon(
    lex.distress.filter((d) => d.weight >= 0.3),
    text,
    tokens,
    lex,
    signals,
  );
  const circumstances = sumLexicon(
    lex.distress.filter((d) => d.weight < 0.3),
    text,
    tokens,
    lex,
    signals,
  );

  let positive = 0;
  let negatedPositive = 0;
  for (const { re, weight } of praiseWords) {
    for (const m of matchesOf(re, text)) {
      if (negatedAt(text, m.index, tokens, lex)) {
        negatedPositive += weight;
        signals.add('negation');
      } else positive += weight;
    }
  }
  if (negatedPositive > 0) irritation += 0.2 + Math.min(0.15, negatedPositive * 0.05);

  const sarcasm = matchesOf(lex.sarcasm, text).length > 0 || /(?:^|\s)\/s\b/.test(text);
  const sarcasmEmoji = countEmoji(text, SARCASM_EMOJI);
  // Scare quotes around a praise word: "great" "service".
  const scare =
    /["'](?:great|helpful|service|fast|quick|express|support|customer care|toll|super|schnell|snabb|hjälp)["']/iu.test(
      text,
    );
  if (sarcasm || sarcasmEmoji > 0 || scare) {
    signals.add('sarcasm');
    irritation += 0.25;
  }

  const profane = matchesOf(lex.profanity, text).length;
  if (profane > 0) {
    signals.add('profanity');
    negative += 0.2 + Math.min(0.2, (profane - 1) * 0.1);
  }

  const angerEmoji = countEmoji(text, ANGER_EMOJI);
  const annoyedEmoji = countEmoji(text, ANNOYED_EMOJI);
  const distressEmoji = countEmoji(text, DISTRESS_EMOJI);
  const happyEmoji = countEmoji(text, POSITIVE_EMOJI) + countEmoji(text, LAUGH_EMOJI);
  if (angerEmoji + annoyedEmoji + distressEmoji + sarcasmEmoji + happyEmoji > 0) {
    signals.add('emoji');
  }
  // One 😡 is already angry; 😤 and 👎 are irritation.
  negative += angerEmoji > 0 ? Math.min(0.75, 0.5 + (angerEmoji - 1) * 0.1) : 0;
  irritation += Math.min(0.3, annoyedEmoji * 0.2);
  positive += happyEmoji * 0.5;

  // CAPS and "!!!" amplify what is there: "LOVE IT!!!" is delight, "WHERE IS MY ORDER!!!" is not.
  const upset = negative + irritation + feelings > 0;
  const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
  const caps = letters.filter(
    (t) => t.text.length >= 3 && /^\p{Lu}+$/u.test(t.text) && !ACRONYMS.has(t.text),
  );
  const shouted = letters.filter((t) => /^\p{Lu}+$/u.test(t.text) && !ACRONYMS.has(t.text));
  const allCaps = letters.length >= 3 && shouted.length >= letters.length * 0.7;
  // "!!!" and "?!?" shout; "!!" raises the voice; "??" is impatience.
  let shout = 0;
  let impatience = 0;
  for (const [run] of text.matchAll(/[!?]{2,}/g)) {
    if (run.includes('!') && run.length >= 3) shout = 0.3;
    else impatience = 0.1;
  }
  if (upset || positive === 0) {
    if (caps.length > 0) {
      signals.add('caps');
      if (allCaps) negative += 0.5;
      else if (caps.length >= 2) negative += 0.2;
      else irritation += 0.1;
    }
    if (shout + impatience > 0) {
      signals.add('exclamations');
      negative += shout;
      irritation += impatience;
    }
  }
  negative += Math.min(0.45, irritation);

  let distress = feelings;
  if (feelings > 0 || negative >= 0.2) {
    distress += circumstances + Math.min(0.5, distressEmoji * 0.2);
  }
  if (distress > 0) signals.add('distress-words');

  const score = clamp(squash(negative + distress));
  return {
    intensity: levelOf(score, distress, anger),
    score,
    signals: [...signals],
    sarcasm: signals.has('sarcasm'),
    negatedPositive,
    distress,
    anger,
  };
}

export function clamp(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

/**
 * Evidence adds up without limit; the score does not. Above 0.5 (angry) it rises ever more
 * slowly, so that 0.9, where a pack's abuse playbook may start by itself, takes shouting plus
 * insults or swearing, not only a message in caps with one strong word.
 */
export function squash(raw: number): number {
  if (raw <= 0.5) return Math.max(0, raw);
  return 0.5 + (1 - Math.exp(-(raw - 0.5) * 1.5)) * 0.5;
}

/** Distressed needs distress that outweighs anger ("so rude to my mum, she was in tears" is angry). */
export function levelOf(score: number, distress: number, anger: number): Intensity {
  if (distress >= 0.4 && score >= 0.4 && distress >= anger) return 'distressed';
  if (score < 0.2) return 'calm';
  if (score < 0.5) return 'annoyed';
  return 'angry';
}
