import { splitWords } from '../../rules/text/words';
import type { Language } from '../../voice/schema';

/** What a block's placeholders stand for in one suggestion; absent = not known. */
export interface Values {
  name?: string;
  agent?: string;
  initials?: string;
  topic?: string;
  time?: string;
  order?: string;
  product?: string;
  'last-topic'?: string;
  'last-outcome'?: string;
}

/** Facts from the message or memory: a variant that uses one is more specific than one that doesn't. */
export const FACTS = ['topic', 'order', 'product', 'last-topic', 'last-outcome'] as const;

const PLACEHOLDER = /\{([a-z-]+)\}/g;

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * A variant can be used when every placeholder in it has a value. The name is the exception:
 * a text reads fine without it ("Hi Sam," → "Hi,"), so it never rules a variant out.
 */
export function usable(text: string, values: Values): boolean {
  return placeholdersOf(text).every(
    (key) => key === 'name' || Boolean(values[key as keyof Values]),
  );
}

export function factsUsed(text: string): number {
  return placeholdersOf(text).filter((key) => (FACTS as readonly string[]).includes(key)).length;
}

const TITLES = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'miss', 'herr', 'frau', 'fru', 'herr']);

/** How to address the customer: the first name of a full name, else the handle without "@". */
export function addressAs(
  customer: { name?: string; handle?: string },
  greetByName: boolean,
): string | undefined {
  if (!greetByName) return undefined;
  const name = customer.name?.trim();
  if (name) {
    const words = splitWords(name.replace(/^@/, '')).map((w) => w.text);
    // "Dr. Anna Berg" is Anna; a title alone ("Dr. Berg") still greets the person.
    const first = words.find((w, i) => !TITLES.has(w.toLowerCase()) || i === words.length - 1);
    if (first) return first;
  }
  const handle = customer.handle?.trim().replace(/^@/, '');
  return handle || undefined;
}

/** Fills a variant (checked with `usable`); without a name, the name and its comma go. */
export function fill(text: string, values: Values): string {
  let out = text;
  if (!values.name) {
    out = out
      .replace(/,\s*\{name\}(?=\s*[.!?])/g, '')
      .replace(/^\{name\},\s*(\S)/, (_, c: string) => c.toUpperCase())
      .replace(/\s*\{name\}/g, '');
  }
  return out.replace(PLACEHOLDER, (whole, key: string) => values[key as keyof Values] ?? whole);
}

// German capitalizes nouns mid-sentence, so only words known not to be nouns lose their capital
// after "Hallo Lena,". English and Swedish lower-case any opener but "I" and proper names.
const GERMAN_LOWER = new Set(
  (
    'danke vielen gute so das es ich du wie was wenn dass schön solche unser unsere die der den ' +
    'wir sobald schickst magst stimmt welches welche sagst unter erzählst wofür kann hab viel ' +
    'schick ja nein oh gerne gern leider super toll'
  ).split(' '),
);

function keepsCapital(word: string, language: Language, terms: readonly string[]): boolean {
  if (terms.some((term) => term === word)) return true;
  // Acronyms and names with inner capitals (DM, iPhone) keep their spelling.
  if (/\p{Lu}/u.test(word.slice(1))) return true;
  if (language === 'de') return !GERMAN_LOWER.has(word.toLowerCase());
  return language === 'en' && word === 'I';
}

/** Continues a sentence after a greeting that ends with a comma ("Hi Sam, thanks for …"). */
export function continueSentence(text: string, language: Language, terms: readonly string[]) {
  const match = /^([\p{L}]+)/u.exec(text);
  if (!match) return text;
  const word = match[1]!;
  if (keepsCapital(word, language, terms)) return text;
  return word.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The customer's words for the topic, made fit to restate: shouting ("BESTELLUNG") is turned
 * down, so a suggestion does not shout back; product names keep their casing.
 */
export function restate(topic: string, language: Language, terms: readonly string[]): string {
  return topic.replace(/[\p{Lu}]{4,}/gu, (word) => {
    if (terms.includes(word)) return word;
    const lower = word.toLowerCase();
    return language === 'de' ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
}
