/**
 * Every built-in rule id, as plain data: voice packs are validated against this list (an
 * override of an unknown id is an error) without loading the rules themselves. A test keeps it
 * equal to the registry.
 */
export const BUILTIN_RULE_IDS = [
  'accessibility.hashtag-case',
  'accessibility.hashtag-count',
  'accessibility.hashtag-placement',
  'accessibility.emoji-count',
  'accessibility.emoji-repeat',
  'accessibility.emoji-for-words',
  'accessibility.fancy-text',
  'accessibility.all-caps',
  'accessibility.alternating-case',
  'accessibility.emoticon',
  'accessibility.link-text',
  'accessibility.link-shortener',
  'accessibility.link-count',
  'accessibility.layout-spacing',
  'accessibility.sentence-length',
  'accessibility.reading-level',
  'inclusive.ableist',
  'inclusive.gendered',
  'inclusive.racial',
  'inclusive.lgbtq',
  'inclusive.condescending',
  'inclusive.suicide',
  'inclusive.profanity',
  'human.form-letter',
  'human.non-apology',
  'human.passive-apology',
  'human.deflection',
  'human.greeting-name',
  'human.first-person',
  'human.formulaic-sign-off',
  'human.exclamations',
  'human.repeated-reply',
  'brand.term-case',
  'brand.banned',
  'brand.preferred',
  'brand.avoid-phrase',
  'brand.emoji-policy',
  'brand.sign-off',
  'length.platform-limit',
] as const;

export type BuiltinRuleId = (typeof BUILTIN_RULE_IDS)[number];
