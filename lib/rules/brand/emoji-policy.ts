import { defineRule, type Hit } from '../rule';
import { say } from '../say';
import { emojiKey, findEmoji } from '../text/emoji';

export const emojiPolicy = defineRule({
  id: 'brand.emoji-policy',
  category: 'brand',
  severity: 'warning',
  title: 'Emoji outside the brand’s set',
  why: 'A brand that limits itself to a few emoji keeps its tone recognisable and avoids emoji that read differently across cultures.',
  link: 'https://vale.sh/docs/checks/existence',
  examples: [
    {
      language: 'en',
      bad: 'Your parcel is on its way 🚀',
      good: 'Your parcel is on its way 💙',
      pack: { tone: { emoji: { max: 2, allowed: ['💙', '🙂'] } } },
    },
  ],
  check({ doc, pack, context }) {
    const allowed = pack.tone.emoji.allowed;
    if (!allowed) return [];
    const keys = new Set(allowed.map(emojiKey));
    const hits: Hit[] = [];
    for (const emoji of findEmoji(doc.text)) {
      if (keys.has(emoji.key)) continue;
      hits.push({
        start: emoji.start,
        end: emoji.end,
        message:
          allowed.length === 0
            ? say(context, 'rule_brand_emoji_policy_message_none')
            : say(context, 'rule_brand_emoji_policy_message', {
                emoji: emoji.text,
                allowed: allowed.join(' '),
              }),
      });
    }
    return hits;
  },
});
