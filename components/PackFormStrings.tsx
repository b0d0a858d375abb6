import { useId, useRef } from 'react';
import { t } from '../lib/i18n';
import type { Path } from '../lib/options/pack-form/path';
import type { PackProblem } from '../lib/voice/problems';
import { problemsUnder, problemText, usePackForm } from './PackFormContext';

export interface StringListProps {
  /** Names the list and each entry ("Steps, 2"). */
  label: string;
  items: readonly string[];
  onItems: (items: string[]) => void;
  path: Path;
  problems: readonly PackProblem[];
  describedBy?: string;
  multiline?: boolean;
  type?: 'date';
  list?: string;
  example?: string;
}

/** A list of texts: each entry its own field, with add, remove and move up/down. */
export function PackStringList(props: StringListProps) {
  const { readOnly } = usePackForm();
  const id = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const { items, onItems, label } = props;
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.getElementById(selector)?.focus());

  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onItems(next);
    focusLater(`${id}-${to}`);
  };

  return (
    <div className="pack-strings">
      {items.length > 0 ? (
        <ol className="pack-strings__items">
          {items.map((item, index) => {
            const problems = problemsUnder(props.problems, [...props.path, index]);
            const errorId = `${id}-${index}-error`;
            const name = t('pf_entry_name', { label, number: index + 1 });
            const field = {
              id: `${id}-${index}`,
              value: item,
              disabled: readOnly,
              'aria-label': name,
              'aria-invalid': problems.length > 0 ? true : undefined,
              'aria-describedby':
                [problems.length > 0 ? errorId : '', props.describedBy ?? '']
                  .filter(Boolean)
                  .join(' ') || undefined,
            } as const;
            const edit = (value: string) => onItems(items.map((v, i) => (i === index ? value : v)));
            return (
              <li key={index} className="pack-strings__item">
                <div className="pack-row">
                  {props.multiline ? (
                    <textarea {...field} rows={2} onChange={(event) => edit(event.target.value)} />
                  ) : (
                    <input
                      {...field}
                      type={props.type ?? 'text'}
                      list={props.list}
                      placeholder={props.example}
                      onChange={(event) => edit(event.target.value)}
                    />
                  )}
                  <PackRowButtons
                    name={name}
                    index={index}
                    count={items.length}
                    onMove={move}
                    onRemove={() => {
                      onItems(items.filter((_, i) => i !== index));
                      addRef.current?.focus();
                    }}
                  />
                </div>
                {problems.length > 0 ? (
                  <ul id={errorId} className="pack-form__problems">
                    {problems.map((problem, n) => (
                      <li key={n} className="field__error">
                        {problemText(problem, [...props.path, index])}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <button
        ref={addRef}
        type="button"
        className="button button--quiet"
        disabled={readOnly}
        onClick={() => {
          onItems([...items, '']);
          focusLater(`${id}-${items.length}`);
        }}
      >
        {t('pf_add_entry', { label })}
      </button>
    </div>
  );
}

/** Move up, move down and remove for one entry of a list; each names the entry it acts on. */
export function PackRowButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
  idPrefix,
}: {
  name: string;
  index: number;
  count: number;
  onMove?: (from: number, to: number) => void;
  onRemove: () => void;
  idPrefix?: string;
}) {
  const { readOnly } = usePackForm();
  return (
    <span className="pack-row__buttons">
      {onMove ? (
        <>
          <button
            type="button"
            id={idPrefix ? `${idPrefix}-up` : undefined}
            className="button button--quiet"
            aria-label={t('pf_move_up', { name })}
            disabled={readOnly || index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            {t('pf_move_up_short')}
          </button>
          <button
            type="button"
            id={idPrefix ? `${idPrefix}-down` : undefined}
            className="button button--quiet"
            aria-label={t('pf_move_down', { name })}
            disabled={readOnly || index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            {t('pf_move_down_short')}
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('pf_remove', { name })}
        disabled={readOnly}
        onClick={onRemove}
      >
        {t('pf_remove_short')}
      </button>
    </span>
  );
}
