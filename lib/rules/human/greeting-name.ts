import * as de from '../data/human-de';
import * as en from '../data/human-en';
import * as sv from '../data/human-sv';
import type { Language } from '../../voice/schema';
import { findPhrases, matchSpan } from '../phrase-rule';
import { defineRule } from '../rule';
import { say } from '../say';
import type { Fix } from '../types';
import { splitWords } from '../text/words';
import { HUMAN_VOICE_STUDY } from './sources';

const GREETINGS = { en: en.greeting, de: de.greeting, sv: sv.greeting };
const DEFAULT_GREETING: Record<Language, string> = { en: 'Hi', de: 'Hallo', sv: 'Hej' };
/** The name usually sits in the opening words; further in, it no longer greets. */
const OPENING_WORDS = 12;
/** Don't nag while the first words are being typed. */
const MIN_WORDS = 4;
// Sentence openers that lose their capital after "Hi Sam, " (German nouns keep theirs).
const LOWERCASE_AFTER_GREETING: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'thanks thank sorry so that this it the there yes no good great oh please glad unfortunately happy just'.split(
      ' ',
    ),
  ),
  de: new Set(
    'danke vielen leider gerne gern super toll schön ja nein oh das es wir ich'.split(' '),
  ),
  sv: new Set('tack tyvärr ja nej oj kul härligt förlåt så det vi jag'.split(' ')),
};

function firstName(displayName: string): string | undefined {
  const words = splitWords(displayName.replace(/^@/, ''));
  return words[0]?.text;
}

export const greetingName = defineRule({
  id: 'human.greeting-name',
  category: 'human',
  severity: 'suggestion',
  title: 'No greeting by name',
  why: 'Using the person’s name is the simplest signal that a human read their message; it is what makes a brand reply sound like a person.',
  link: HUMAN_VOICE_STUDY,
  examples: [
    {
      language: 'en',
      bad: 'Thanks for waiting, your refund is on its way.',
      good: 'Hi Sam, thanks for waiting: your refund is on its way.',
      context: { customerName: 'Sam Lee' },
    },
    {
      language: 'de',
      bad: 'Danke fürs Warten, die Erstattung ist unterwegs.',
      good: 'Hallo Sam, danke fürs Warten: die Erstattung ist unterwegs.',
      context: { customerName: 'Sam Lee' },
    },
    {
      language: 'sv',
      bad: 'Tack för att du väntade, pengarna är på väg.',
      good: 'Hej Sam, tack för att du väntade: pengarna är på väg.',
      context: { customerName: 'Sam Lee' },
    },
  ],
  check({ doc, pack, context }) {
    if (!pack.tone.greetByName || !context.customerName) return [];
    if (doc.words.length < MIN_WORDS) return [];
    const name = firstName(context.customerName);
    if (!name) return [];
    const nameLower = name.toLowerCase();
    const opening = doc.words.slice(0, OPENING_WORDS);
    if (opening.some((w) => w.lower === nameLower || w.lower === `${nameLower}'s`)) return [];

    const greeting = findPhrases(doc, GREETINGS[doc.language]).find((m) => m.firstWord === 0);
    let fix: Fix;
    let start: number;
    let end: number;
    if (greeting) {
      ({ start, end } = matchSpan(doc, greeting));
      const greetingText = doc.text.slice(start, end);
      // "Hi there," → "Hi Sam,": a placeholder after the greeting gives way to the name.
      const next = doc.words[greeting.endWord];
      if (
        next &&
        next.joined &&
        ['there', 'everyone', 'all', 'zusammen', 'alle', 'allihop'].includes(next.lower)
      ) {
        end = next.end;
      }
      fix = {
        label: say(context, 'rule_human_greeting_name_fix_name', { name }),
        start,
        end,
        replacement: `${greetingText} ${name}`,
      };
    } else {
      const first = doc.words[0]!;
      start = first.start;
      end = first.end;
      const lowered = LOWERCASE_AFTER_GREETING[doc.language].has(first.lower)
        ? first.lower
        : first.text;
      fix = {
        label: say(context, 'rule_human_greeting_name_fix_greeting', {
          greeting: DEFAULT_GREETING[doc.language],
          name,
        }),
        start,
        end,
        replacement: `${DEFAULT_GREETING[doc.language]} ${name}, ${lowered}`,
      };
    }
    return [
      {
        start,
        end,
        message: say(context, 'rule_human_greeting_name_message', { name }),
        fixes: [fix],
      },
    ];
  },
});
