import { readEntities } from './analysis/entities';
import { addIntensityPlaybooks, detectCues, escalationMatches } from './analysis/escalation';
import { applyCues } from './analysis/adjust';
import { decideIntent, scoreIntents } from './analysis/intent';
import { readIntensity } from './analysis/intensity';
import { detectLanguage } from './analysis/language';
import { lexicon } from './analysis/lexicon';
import { fold, tokenize } from './analysis/text';
import { readTopic } from './analysis/topic';
import type { Analysis, AnalyzeOptions } from './types';

// Longer messages are cut: the start says what it is about, and a pasted novel must not stall
// the panel.
const MAX_CHARS = 4000;

// "Thanks, but…" is not praise only.
const CONTRAST =
  /(?<![\p{L}])(?:but|though|tho|however|still|yet|aber|doch|jedoch|trotzdem|immer noch|men|fast|dock|fortfarande)(?![\p{L}])/iu;

// Control characters and bidi marks carry no meaning here and would split words.
function visible(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
    const bidi =
      c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (!control && !bidi) out += ch;
  }
  return out;
}

/**
 * Reads a customer's message: language, intent, intensity, entities, topic and escalation cues.
 * Pure and deterministic; the pack supplies the languages to choose from, product names and
 * playbooks, `history` the customer's earlier unresolved contacts.
 */
export function analyzeMessage(text: string, options: AnalyzeOptions): Analysis {
  const { pack, history } = options;
  const raw = visible(text.slice(0, MAX_CHARS));
  let folded = fold(raw);
  const guess = detectLanguage(folded, tokenize(folded), pack.languages);
  const { language } = guess;
  const lex = lexicon(language);

  for (const { re, replacement } of lex.rewrites) folded = folded.replace(re, replacement);
  const tokens = tokenize(folded);

  const initial = readIntensity(folded, tokens, lex, lex.intents.praise ?? []);
  const scores = scoreIntents(folded, tokens, lex, initial);
  const cues = detectCues({
    text: folded,
    language,
    languageDetected: guess.detected,
    pack,
    ...(history ? { history } : {}),
  });
  const { feeling, askedForComment } = applyCues(cues, scores, initial, folded);
  addIntensityPlaybooks(cues, pack, feeling.score, feeling.intensity);
  const praiseOnly =
    scores.praise >= 2 &&
    scores.complaint < 1 &&
    !folded.includes('?') &&
    feeling.intensity === 'calm' &&
    initial.negatedPositive === 0 &&
    !CONTRAST.test(folded);
  const { intent, secondaryIntent } = decideIntent(scores, { praiseOnly, askedForComment });

  return {
    language,
    languageDetected: guess.detected,
    intent,
    ...(secondaryIntent ? { secondaryIntent } : {}),
    intensity: feeling.intensity,
    intensityScore: feeling.score,
    signals: feeling.signals,
    // Entities are read from the text as written, so names keep their dashes and quotes.
    entities: readEntities(raw, language, lex, pack),
    topic: readTopic(folded, language, lex),
    escalation: escalationMatches(cues, pack, language),
  };
}
