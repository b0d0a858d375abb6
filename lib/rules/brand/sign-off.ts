import type { CheckContext } from '../types';
import { defineRule } from '../rule';
import { quoted, say, type Speaker } from '../say';

const MIN_WORDS = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sign-off as text, when the agent's details needed by the template are known. */
export function renderSignOff(template: string, agent: CheckContext['agent']): string | undefined {
  let missing = false;
  const text = template.replace(/\{(initials|agent)\}/g, (_, key: string) => {
    const value = key === 'initials' ? agent?.initials : agent?.name;
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? undefined : text;
}

/** "^{initials}" → "“^” and your initials", for when the agent's details are not set. */
function describeTemplate(speaker: Speaker, template: string): string {
  return template
    .split(/(\{initials\}|\{agent\})/)
    .filter((part) => part.trim().length > 0)
    .map((part) =>
      part === '{initials}'
        ? say(speaker, 'rule_brand_sign_off_initials')
        : part === '{agent}'
          ? say(speaker, 'rule_brand_sign_off_name')
          : quoted(speaker, part.trim()),
    )
    .reduce((first, second) => say(speaker, 'rule_list_and', { first, second }));
}

/** Matches the sign-off at the end of a reply; unknown placeholders accept any plausible value. */
function signOffPattern(template: string, agent: CheckContext['agent']): RegExp {
  const source = template
    .split(/(\{initials\}|\{agent\})/)
    .map((part) => {
      if (part === '{initials}')
        return agent?.initials ? escapeRegExp(agent.initials) : '\\p{Lu}{1,4}';
      if (part === '{agent}')
        return agent?.name ? escapeRegExp(agent.name) : "\\p{L}[\\p{L} .'-]{0,40}";
      return escapeRegExp(part).replace(/\s+/g, '\\s+');
    })
    .join('');
  return new RegExp(`(?:^|\\s|-)${source}[\\s.!]*$`, 'u');
}

export const signOff = defineRule({
  id: 'brand.sign-off',
  category: 'brand',
  severity: 'suggestion',
  title: 'Missing sign-off',
  why: 'A personal sign-off such as ^JD tells the customer which person answered and keeps a shared account human.',
  link: 'https://doi.org/10.1016/j.jbusres.2021.04.030',
  examples: [
    {
      language: 'en',
      bad: 'Your new charger ships today.',
      good: 'Your new charger ships today. ^JD',
      context: { platform: 'x' },
    },
  ],
  check({ doc, pack, context }) {
    const rule = pack.tone.signOff;
    if (!rule || doc.words.length < MIN_WORDS) return [];
    if (rule.platforms && (!context.platform || !rule.platforms.includes(context.platform)))
      return [];
    // The tail is enough to look for a sign-off, and keeps the regex off long texts.
    const tail = doc.text.slice(-200);
    if (signOffPattern(rule.template, context.agent).test(tail)) return [];
    const rendered = renderSignOff(rule.template, context.agent);
    const end = doc.text.trimEnd().length;
    let start = end;
    while (start > 0 && !/\s/.test(doc.text[start - 1]!)) start--;
    return [
      {
        start,
        end,
        message: rendered
          ? say(context, 'rule_brand_sign_off_message', { signOff: rendered })
          : say(context, 'rule_brand_sign_off_message_template', {
              parts: describeTemplate(context, rule.template),
            }),
        fixes: rendered
          ? [
              {
                label: say(context, 'rule_brand_sign_off_fix', { signOff: rendered }),
                start: end,
                end,
                replacement: ` ${rendered}`,
              },
            ]
          : [],
      },
    ];
  },
});
