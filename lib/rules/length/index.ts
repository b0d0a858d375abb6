import type { Rule } from '../rule';
import { platformLimit } from './platform-limit';

export const LENGTH_RULES: readonly Rule[] = [platformLimit];
