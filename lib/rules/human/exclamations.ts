import { defineRule, type Hit } from '../rule';
import { say } from '../say';

const EXCLAMATION_RUN = /[!！]+/gu;

export const exclamations = defineRule({
  id: 'human.exclamations',
  category: 'human',
  severity: 'suggestion',
  title: 'Exclamation overload',
  why: 'A stack of exclamation marks reads as forced cheer, and as shouting to an upset customer.',
  link: 'https://www.nngroup.com/articles/tone-of-voice-dimensions/',
  examples: [
    {
      language: 'en',
      bad: 'Great news!!! Your order shipped!',
      good: 'Good news: your order shipped today!',
    },
    { language: 'de', bad: 'Super!!! Dein Paket ist da!', good: 'Dein Paket ist da!' },
    { language: 'sv', bad: 'Toppen!!! Paketet är här!', good: 'Paketet är här!' },
  ],
  check({ doc, pack, context }) {
    const allowed = pack.tone.maxExclamations;
    const hits: Hit[] = [];
    let count = 0;
    for (const match of doc.text.matchAll(EXCLAMATION_RUN)) {
      count++;
      const start = match.index;
      const end = start + match[0].length;
      if (count > allowed) {
        hits.push({
          start,
          end,
          message:
            allowed === 0
              ? say(context, 'rule_human_exclamations_message_none')
              : say(
                  context,
                  allowed === 1
                    ? 'rule_human_exclamations_message_over_one'
                    : 'rule_human_exclamations_message_over_other',
                  { max: allowed },
                ),
          fixes: [
            {
              label: say(context, 'rule_human_exclamations_fix_full_stop'),
              start,
              end,
              replacement: '.',
            },
          ],
        });
      } else if (match[0].length > 1) {
        hits.push({
          start,
          end,
          message: say(context, 'rule_human_exclamations_message_run'),
          fixes: [
            {
              label: say(context, 'rule_human_exclamations_fix_keep_one'),
              start,
              end,
              replacement: match[0][0]!,
            },
          ],
        });
      }
    }
    return hits;
  },
});
