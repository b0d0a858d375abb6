import type { Rule } from '../rule';
import { deflection } from './deflection';
import { exclamations } from './exclamations';
import { firstPerson } from './first-person';
import { greetingName } from './greeting-name';
import { formLetter, formulaicSignOff, nonApology, passiveApology } from './phrases';
import { repeatedReply } from './repeated-reply';

export const HUMAN_RULES: readonly Rule[] = [
  formLetter,
  nonApology,
  passiveApology,
  deflection,
  greetingName,
  firstPerson,
  formulaicSignOff,
  exclamations,
  repeatedReply,
];
