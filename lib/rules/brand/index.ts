import type { Rule } from '../rule';
import { emojiPolicy } from './emoji-policy';
import { signOff } from './sign-off';
import { avoidPhrase, banned, preferred, termCase } from './vocabulary';

export const BRAND_RULES: readonly Rule[] = [
  termCase,
  banned,
  preferred,
  avoidPhrase,
  emojiPolicy,
  signOff,
];
