import { excerptOf } from './excerpt';

/**
 * The words around a finding with the matched part marked, cut with "…" where the text goes on.
 * `prefix` is for screen readers only: the panel says the excerpt is from the draft.
 */
export function FindingExcerpt({
  text,
  start,
  end,
  prefix,
}: {
  text: string;
  start: number;
  end: number;
  prefix?: string;
}) {
  const excerpt = excerptOf(text, start, end);
  if (!excerpt.match) return null;
  return (
    <p className="finding__excerpt">
      {prefix === undefined ? null : <span className="visually-hidden">{prefix} </span>}
      {excerpt.cutStart ? '…' : ''}
      {excerpt.before}
      <mark>{excerpt.match}</mark>
      {excerpt.after}
      {excerpt.cutEnd ? '…' : ''}
    </p>
  );
}
