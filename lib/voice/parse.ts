import { checkSemantics } from './checks';
import { describeIssue, ZOD_DEFAULT } from './issues';
import { parseJson } from './json';
import { packSizeProblem } from './limits';
import { sortProblems, type PackProblem } from './problems';
import { voicePackSchema, type VoicePack } from './schema';

export { formatPath, formatProblems, type PackProblem } from './problems';

export type ParseResult =
  { ok: true; pack: VoicePack; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

/**
 * Validates a voice pack given as JSON text or as an already parsed value. Lists every problem
 * at once, each with its exact path, so a team lead can fix a pack in one go.
 */
export function parsePack(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    const tooLarge = packSizeProblem(input);
    if (tooLarge !== undefined)
      return { ok: false, errors: [{ path: '(root)', message: tooLarge }] };
    const json = parseJson(input);
    if (!json.ok) {
      const where = `line ${json.line}, column ${json.column}`;
      return {
        ok: false,
        errors: [{ path: '(root)', message: `invalid JSON at ${where}: ${json.message}` }],
      };
    }
    data = json.value;
  }
  const result = voicePackSchema.safeParse(data, { error: () => ZOD_DEFAULT });
  const errors = result.success
    ? []
    : result.error.issues.flatMap((issue) => describeIssue(issue, data, []));
  const semantic = checkSemantics(data);
  for (const problem of semantic.errors) {
    if (!errors.some((e) => e.path === problem.path && e.message === problem.message))
      errors.push(problem);
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors: sortProblems(errors) };
  return { ok: true, pack: result.data, warnings: sortProblems(semantic.warnings) };
}
