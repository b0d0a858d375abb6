import { LANGUAGES, type Language } from '../../voice/schema';
import type { Doc } from '../rule';
import { detectLanguage } from './language';
import { splitSentences } from './sentences';
import { splitWords } from './words';

export function prepareDoc(text: string, language: Language | undefined, fallback: Language): Doc {
  const words = splitWords(text);
  const resolved = language ?? detectLanguage(words, LANGUAGES, fallback);
  return { text, language: resolved, words, sentences: splitSentences(text, words) };
}
