import type { Rule } from '../rule';
import { signOff } from './sign-off';
import { avoidPhrase, banned, preferred, termCase } from './vocabulary';

export const BRAND_RULES: readonly Rule[] = [termCase, banned, preferred, avoidPhrase, signOff];
