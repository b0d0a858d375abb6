import type { Intensity } from '../../voice/taxonomy';
import {
  ANGER_EMOJI,
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
    // Repeating a word says little more than saying it once; a second one adds a little.
    let w = weight * (found.length > 1 ? 1.3 : 1);
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
  let negative = 0;
  let distress = 0;
  let positive = 0;

  negative += sumLexicon(lex.annoyed, text, tokens, lex, signals);
  const anger = sumLexicon(lex.angry, text, tokens, lex, signals);
  negative += anger;
  const distressWords = sumLexicon(lex.distress, text, tokens, lex, signals);
  if (distressWords > 0) signals.add('distress-words');
  distress += distressWords;

  let negatedPositive = 0;
  for (const { re, weight } of praiseWords) {
    for (const m of matchesOf(re, text)) {
      if (negatedAt(text, m.index, tokens, lex)) {
        negatedPositive += weight;
        signals.add('negation');
      } else positive += weight;
    }
  }
  if (negatedPositive > 0) negative += 0.2 + Math.min(0.15, negatedPositive * 0.05);

  const sarcasm = matchesOf(lex.sarcasm, text).length > 0 || /(?:^|\s)\/s\b/.test(text);
  const sarcasmEmoji = countEmoji(text, SARCASM_EMOJI);
  // Scare quotes around a praise word: "great" "service".
  const scare =
    /["'](?:great|helpful|service|fast|quick|express|support|customer care|toll|super|schnell|service|snabb|hjälp)["']/iu.test(
      text,
    );
  if (sarcasm || sarcasmEmoji > 0 || scare) {
    signals.add('sarcasm');
    negative += 0.25;
  }

  const profane = matchesOf(lex.profanity, text).length;
  if (profane > 0) {
    signals.add('profanity');
    negative += 0.2 + Math.min(0.2, (profane - 1) * 0.1);
  }

  const angerEmoji = countEmoji(text, ANGER_EMOJI);
  const distressEmoji = countEmoji(text, DISTRESS_EMOJI);
  const happyEmoji = countEmoji(text, POSITIVE_EMOJI) + countEmoji(text, LAUGH_EMOJI);
  if (angerEmoji + distressEmoji + sarcasmEmoji + happyEmoji > 0) signals.add('emoji');
  negative += Math.min(0.6, angerEmoji * 0.25);
  distress += Math.min(0.5, distressEmoji * 0.2);
  positive += happyEmoji * 0.5;

  // CAPS and "!!!" amplify what is there: "LOVE IT!!!" is delight, "WHERE IS MY ORDER!!!" is not.
  const upset = negative + distress > 0 || negatedPositive > 0;
  const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
  const caps = letters.filter(
    (t) => t.text.length >= 3 && /^\p{Lu}+$/u.test(t.text) && !ACRONYMS.has(t.text),
  );
  const shouted = letters.filter((t) => /^\p{Lu}+$/u.test(t.text) && !ACRONYMS.has(t.text));
  const allCaps = letters.length >= 3 && shouted.length >= letters.length * 0.7;
  // "!!!" and "?!?" shout; "!!" raises the voice; "???" is impatience rather than anger.
  let bangs = 0;
  for (const [run] of text.matchAll(/[!?]{2,}/g)) {
    const shout = run.includes('!') ? (run.length >= 3 ? 2 : 1) : run.length >= 3 ? 1 : 0;
    bangs = Math.max(bangs, shout);
  }
  if (upset || positive === 0) {
    if (caps.length > 0) {
      signals.add('caps');
      negative += allCaps ? 0.35 : caps.length >= 2 ? 0.2 : 0.1;
    }
    if (bangs > 0) {
      signals.add('exclamations');
      negative += bangs === 2 ? 0.2 : 0.1;
    }
  }
  // Praise softens irritation in a mixed message, but never cancels anger or distress.
  if (positive > 0 && negative > 0 && !sarcasm) negative = Math.max(anger, negative - 0.1);

  const score = Math.max(0, Math.min(1, negative + distress));
  let intensity: Intensity;
  if (distress >= 0.4 && score >= 0.4) intensity = 'distressed';
  else if (score < 0.2) intensity = 'calm';
  else if (score < 0.5) intensity = 'annoyed';
  else intensity = 'angry';
  return {
    intensity,
    score: Math.round(score * 100) / 100,
    signals: [...signals],
    sarcasm: signals.has('sarcasm'),
    negatedPositive,
  };
}
