import type { PackProblem } from '../lib/voice/problems';

export interface PackProblemsProps {
  id?: string;
  problems: readonly PackProblem[];
  /** The list's accessible name. */
  label: string;
  kind?: 'error' | 'warning';
}

/** Problems of a pack, each with the path it is at (or `(root)`); text only. */
export function PackProblems({ id, problems, label, kind = 'error' }: PackProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className={`pack-problems pack-problems--${kind}`} aria-label={label}>
      {problems.map((problem, index) => (
        <li key={`${index}-${problem.path}`} className="pack-problem" data-path={problem.path}>
          <code className="pack-problem__path">{problem.path}</code>{' '}
          <span className="pack-problem__message">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
