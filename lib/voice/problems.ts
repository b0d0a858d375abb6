import { voicePackSchema } from './schema';

/** One thing wrong with a pack: where (`vocabulary.banned[2].replacement`) and what. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `vocabulary.banned[2].replacement`, `overrides["human.form-letter"]`, `(root)`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || '(root)';
}

/** CLI output: one `path: message` per line. */
export function formatProblems(problems: readonly PackProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

const SECTION_ORDER = Object.keys(voicePackSchema.shape);

/** Problems in the order of the pack's sections, then by item; stable otherwise. */
export function sortProblems(problems: PackProblem[]): PackProblem[] {
  const key = (path: string) => {
    const match = /^([A-Za-z$_][\w$]*)(?:\[(\d+)\])?/.exec(path);
    const section = match ? SECTION_ORDER.indexOf(match[1]!) : -1;
    return [section, match?.[2] === undefined ? -1 : Number(match[2])] as const;
  };
  return problems
    .map((problem, index) => ({ problem, index, key: key(problem.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map(({ problem }) => problem);
}
