import type { VoicePack } from '../../voice/schema';
import type { Rule } from '../rule';

export function customRulesFor(_pack: VoicePack): readonly Rule[] {
  return [];
}
