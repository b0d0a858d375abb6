import { defineRule, type Hit } from '../rule';
import { decimal, say } from '../say';
import { metrics, sentenceMetrics, sentenceWordCounts } from '../text/readability';
import { MAX_HITS } from './scan';
import { SOURCES } from './sources';

export const sentenceLength = defineRule({
  id: 'accessibility.sentence-length',
  category: 'accessibility',
  severity: 'warning',
  title: 'Short sentences',
  why: 'Long sentences are hard to follow for people with cognitive or learning disabilities, people reading in a second language and anyone on a small screen.',
  link: SOURCES.gcs,
  examples: [
    {
      language: 'en',
      bad: 'We are really sorry that your order has not arrived yet and we have already contacted the courier who told us that the parcel is in the local depot and will be delivered tomorrow morning.',
      good: 'Sorry your order has not arrived yet. The courier says the parcel is at the local depot. It will reach you tomorrow morning.',
    },
    {
      language: 'de',
      bad: 'Es tut uns wirklich leid, dass Ihre Bestellung noch nicht angekommen ist, und wir haben bereits beim Paketdienst nachgefragt, der uns mitgeteilt hat, dass das Paket im Depot liegt und morgen früh zugestellt wird.',
      good: 'Entschuldigung, Ihre Bestellung ist noch nicht da. Das Paket liegt im Depot. Es kommt morgen früh.',
    },
    {
      language: 'sv',
      bad: 'Vi är verkligen ledsna över att din beställning inte har kommit fram ännu och vi har redan kontaktat budfirman som berättade att paketet ligger på terminalen och kommer att levereras i morgon bitti.',
      good: 'Förlåt att beställningen inte har kommit. Paketet ligger på terminalen. Det kommer i morgon bitti.',
    },
  ],
  check({ doc, pack, context }) {
    const max = pack.readability.maxSentenceWords;
    const hits: Hit[] = [];
    const counts = sentenceWordCounts(doc);
    for (let s = 0; s < counts.length && hits.length < MAX_HITS; s++) {
      const words = counts[s]!;
      if (words <= max) continue;
      const sentence = doc.sentences[s]!;
      hits.push({
        start: sentence.start,
        end: sentence.end,
        message: say(context, 'rule_accessibility_sentence_length_message', {
          count: words,
          max,
        }),
      });
    }
    return hits;
  },
});

/**
 * Reading scores swing wildly on a sentence or two, so the rule only speaks when there is enough
 * text: 40 words, or 3 sentences with at least 20 words between them.
 */
export const READING_LEVEL_MIN_WORDS = 40;
export const READING_LEVEL_MIN_SENTENCES = 3;
export const READING_LEVEL_MIN_WORDS_WITH_SENTENCES = 20;

export const readingLevel = defineRule({
  id: 'accessibility.reading-level',
  category: 'accessibility',
  severity: 'suggestion',
  title: 'Plain language',
  why: 'Plain words and short sentences let more people understand a reply the first time, including people with reading difficulties and second-language readers.',
  link: SOURCES.wcagReadingLevel,
  examples: [
    {
      language: 'en',
      bad: 'We sincerely apologise for the inconvenience experienced. Unfortunately, the replacement authorisation necessitates verification of your purchase documentation. Subsequently, our fulfilment department will expedite processing accordingly.',
      good: 'Sorry about this. To send a replacement, we need your receipt. Once we have it, we will send the new one quickly.',
    },
    {
      language: 'de',
      bad: 'Bedauerlicherweise erfordert die Ersatzlieferungsgenehmigung eine Überprüfung Ihrer Kaufunterlagen. Anschließend veranlasst unsere Versandabteilung die beschleunigte Bearbeitung. Wir bitten um Verständnis für die Unannehmlichkeiten.',
      good: 'Das tut uns leid. Für den Ersatz brauchen wir Ihren Kaufbeleg. Dann schicken wir Ihnen schnell ein neues Gerät.',
    },
    {
      language: 'sv',
      bad: 'Beklagligtvis förutsätter ersättningsleveransen en kontroll av hela inköpsdokumentationen. Därefter påskyndar leveransavdelningen hanteringen av ärendet. Vi ber om överseende med olägenheterna.',
      good: 'Förlåt för strulet. Skicka ditt kvitto så skickar vi en ny vara direkt.',
    },
  ],
  check({ doc, pack, context }) {
    // Counting words is cheap; syllables only when there is enough text to judge.
    const counts = sentenceWordCounts(doc);
    let words = 0;
    let sentences = 0;
    for (const count of counts) {
      words += count;
      if (count > 0) sentences++;
    }
    if (
      words < READING_LEVEL_MIN_WORDS &&
      !(sentences >= READING_LEVEL_MIN_SENTENCES && words >= READING_LEVEL_MIN_WORDS_WITH_SENTENCES)
    ) {
      return [];
    }
    const m = metrics(doc);
    const enough =
      m.words >= READING_LEVEL_MIN_WORDS ||
      (m.sentences >= READING_LEVEL_MIN_SENTENCES &&
        m.words >= READING_LEVEL_MIN_WORDS_WITH_SENTENCES);
    if (!enough) return [];
    const english = doc.language === 'en';
    const score = english ? m.fleschKincaidGrade : m.lix;
    const max = english ? pack.readability.maxGrade : pack.readability.maxLix;
    if (score <= max) return [];
    // Point at the hardest sentence: that is where a rewrite helps most.
    let hardest = -1;
    let hardestScore = -Infinity;
    for (const s of sentenceMetrics(doc)) {
      const value = english
        ? 0.39 * s.words + 11.8 * (s.syllables / s.words) - 15.59
        : s.words + (100 * s.longWords) / s.words;
      if (value > hardestScore) {
        hardestScore = value;
        hardest = s.sentence;
      }
    }
    const sentence = doc.sentences[hardest];
    if (!sentence) return [];
    const shown = Math.round(score * 10) / 10;
    return [
      {
        start: sentence.start,
        end: sentence.end,
        message: say(
          context,
          english
            ? 'rule_accessibility_reading_level_message_grade'
            : 'rule_accessibility_reading_level_message_lix',
          { score: decimal(context, shown), max: decimal(context, max) },
        ),
      },
    ];
  },
});
