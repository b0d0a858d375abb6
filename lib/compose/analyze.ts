import { readEntities } from './analysis/entities';
import { readEscalation } from './analysis/escalation';
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
  const folded = fold(raw);
  const tokens = tokenize(folded);

  const guess = detectLanguage(folded, tokens, pack.languages);
  const { language } = guess;
  const lex = lexicon(language);

  const feeling = readIntensity(folded, tokens, lex, lex.intents.praise ?? []);
  const { intent, secondaryIntent } = decideIntent(scoreIntents(folded, tokens, lex, feeling));

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
    escalation: readEscalation({
      text: folded,
      language,
      languageDetected: guess.detected,
      intensityScore: feeling.score,
      pack,
      ...(history ? { history } : {}),
    }),
  };
}
