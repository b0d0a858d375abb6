import { useId, type ReactNode } from 'react';
import { t } from '../lib/i18n';
import type { Path } from '../lib/options/pack-form/path';
import type { PackProblem } from '../lib/voice/problems';
import { problemsUnder, PackProblemList, usePackForm, useProblemsAt } from './PackFormContext';
import { PackRowButtons } from './PackFormStrings';

export interface PackRow {
  /** The problems of this row, found under `[...path, segment(index)]`. */
  mine: PackProblem[];
  /** The id of the row's problem list, for the fields' aria-describedby. */
  errorId: string;
  /** A field id unique to this row: `fieldId('from')`. */
  fieldId: (part: string) => string;
}

/**
 * The rows of a record or list field (swap words, pairs, rule levels, opening hours): each row a
 * group named after the field and its number, with its fields, a remove button and its problems,
 * then a button that adds a row.
 */
export function PackRows({
  path,
  label,
  count,
  segment,
  empty,
  addLabel,
  onAdd,
  onRemove,
  children,
}: {
  path: Path;
  /** Names each row ("Swap words, 2"). */
  label: string;
  count: number;
  /** Where row `index` is in the pack: its key in a record or its index in a list. */
  segment: (index: number) => string | number;
  /** A hint shown while there are no rows. */
  empty?: string;
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (index: number, row: PackRow) => ReactNode;
}) {
  const form = usePackForm();
  const id = useId();
  const problems = useProblemsAt(path);
  return (
    <div className="pack-pairs">
      {count === 0 && empty !== undefined ? <p className="field__hint">{empty}</p> : null}
      {Array.from({ length: count }, (_, index) => {
        const name = t('pf_entry_name', { label, number: index + 1 });
        const at = [...path, segment(index)];
        const mine = problemsUnder(problems, at);
        const errorId = `${id}-${index}-error`;
        const fieldId = (part: string) => `${id}-${index}-${part}`;
        return (
          <div key={index} className="pack-row" role="group" aria-label={name}>
            {children(index, { mine, errorId, fieldId })}
            <PackRowButtons
              name={name}
              index={index}
              count={count}
              onRemove={() => onRemove(index)}
            />
            <PackProblemList id={errorId} problems={mine} path={at} />
          </div>
        );
      })}
      <button
        type="button"
        className="button button--quiet"
        disabled={form.readOnly}
        onClick={onAdd}
      >
        {addLabel}
      </button>
    </div>
  );
}
