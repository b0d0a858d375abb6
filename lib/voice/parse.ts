import { checkSemantics } from './checks';
import { describeIssue, ZOD_DEFAULT } from './issues';
import { parseJson } from './json';
import { packSizeProblem } from './limits';
import { sortProblems, type PackProblem } from './problems';
import { say } from './say';
import type { UiLanguage } from '../i18n/types';
import { voicePackSchema, type VoicePack } from './schema';

export { formatPath, formatProblems, type PackProblem } from './problems';

export type ParseResult =
  { ok: true; pack: VoicePack; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

export interface ParseOptions {
  /** The language of the problems' messages; English when absent. */
  locale?: UiLanguage;
}

/**
 * Validates a voice pack given as JSON text or as an already parsed value. Lists every problem
 * at once, each with its exact path, so a team lead can fix a pack in one go.
 */
export function parsePack(input: unknown, options: ParseOptions = {}): ParseResult {
  // Problems are read by the team lead, in the interface language; paths stay as the pack has them.
  const speaker = { locale: options.locale ?? 'en' };
  let data = input;
  if (typeof input === 'string') {
    const tooLarge = packSizeProblem(input, speaker);
    if (tooLarge !== undefined)
      return { ok: false, errors: [{ path: '(root)', message: tooLarge }] };
    const json = parseJson(input, speaker);
    if (!json.ok) {
      const message = say(speaker, 'voice_invalid_json', {
        line: json.line,
        column: json.column,
        detail: json.message,
      });
      return { ok: false, errors: [{ path: '(root)', message }] };
    }
    data = json.value;
  }
  const result = voicePackSchema.safeParse(data, { error: () => ZOD_DEFAULT });
  const errors = result.success
    ? []
    : result.error.issues.flatMap((issue) => describeIssue(issue, data, [], speaker));
  const semantic = checkSemantics(data, speaker);
  for (const problem of semantic.errors) {
    if (!errors.some((e) => e.path === problem.path && e.message === problem.message))
      errors.push(problem);
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors: sortProblems(errors) };
  return { ok: true, pack: result.data, warnings: sortProblems(semantic.warnings) };
}
