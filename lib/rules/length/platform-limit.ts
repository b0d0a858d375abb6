import { measureLength, PLATFORM_LIMITS } from '../../platforms/limits';
import { defineRule } from '../rule';
import { say } from '../say';

export const platformLimit = defineRule({
  id: 'length.platform-limit',
  category: 'length',
  severity: 'error',
  title: 'Over the platform’s length limit',
  why: 'The platform cuts or refuses a reply over its limit, counted its own way (on X every link counts as 23 characters).',
  link: 'https://docs.x.com/resources/fundamentals/counting-characters',
  examples: [
    {
      language: 'en',
      bad: `Hi Sam, ${'the replacement ships today and should arrive by Friday. '.repeat(5)}`,
      good: 'Hi Sam, the replacement ships today and should arrive by Friday.',
      context: { platform: 'x' },
    },
  ],
  check({ doc, pack, context }) {
    const platform = context.platform;
    if (!platform) return [];
    const houseLimit = pack.limits[platform]?.maxChars;
    const measure = measureLength(
      doc.text,
      platform,
      houseLimit ?? PLATFORM_LIMITS[platform].maxChars,
    );
    if (measure.limit === null || measure.overflowStart === null) return [];
    const name = PLATFORM_LIMITS[platform].label;
    const over = measure.length - measure.limit;
    const values = { platform: name, limit: measure.limit, length: measure.length, over };
    return [
      {
        start: measure.overflowStart,
        end: doc.text.length,
        message:
          houseLimit !== undefined
            ? say(context, 'rule_length_platform_limit_message_team', values)
            : say(context, 'rule_length_platform_limit_message', values),
      },
    ];
  },
});
