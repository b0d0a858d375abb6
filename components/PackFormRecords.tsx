import { useId, useState } from 'react';
import { t } from '../lib/i18n';
import type { Control } from '../lib/options/pack-form/model';
import { getAt, isObject, type Json, type Path } from '../lib/options/pack-form/path';
import { PLATFORM_IDS } from '../lib/platforms';
import { PLATFORM_LIMITS } from '../lib/platforms/limits';
import type { Language } from '../lib/voice/schema';
import {
  problemsUnder,
  PackProblemList,
  useAt,
  usePackForm,
  useProblemsAt,
} from './PackFormContext';
import { valueName } from './PackFormFields';
import { PackRows } from './PackFormRows';
import { PackStringList } from './PackFormStrings';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : [];

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

function invalid(problems: readonly unknown[]) {
  return problems.length > 0 ? true : undefined;
}

/**
 * A text (or list of texts) per language of the pack. Languages the pack does not list stay as
 * they are in the pack; their problems show at the field.
 */
export function LanguageTexts({
  control,
  path,
  label,
  describedBy,
}: {
  control: Extract<Control, { c: 'langText' | 'langStrings' | 'variants' }>;
  path: Path;
  label: string;
  describedBy: string | undefined;
}) {
  const form = usePackForm();
  const id = useId();
  const record = useAt(path);
  const problems = useProblemsAt(path);
  if (form.languages.length === 0) return <p className="field__hint">{t('pf_no_languages')}</p>;

  const write = (language: Language, next: unknown) => {
    const base: Json = isObject(record) ? record : {};
    const { [language]: _old, ...rest } = base;
    const updated = next === undefined ? rest : { ...base, [language]: next };
    const optional = control.c === 'langText' && !control.required;
    if (Object.keys(updated).length === 0 && optional) form.remove(path);
    else form.set(path, updated);
  };

  return (
    <div className="pack-languages">
      {form.languages.map((language) => {
        const at = [...path, language];
        const value = getAt(record, [language]);
        const mine = problemsUnder(problems, at);
        const name = `${label} (${valueName('language', language)})`;
        if (control.c === 'langText') {
          const errorId = `${id}-${language}-error`;
          const field = {
            id: `${id}-${language}`,
            value: textOf(value),
            disabled: form.readOnly,
            'aria-invalid': invalid(mine),
            'aria-describedby':
              [describedBy, mine.length > 0 ? errorId : ''].filter(Boolean).join(' ') || undefined,
          };
          const edit = (next: string) => write(language, next === '' ? undefined : next);
          return (
            <div key={language} className="pack-field">
              <label htmlFor={field.id}>{valueName('language', language)}</label>
              {control.multiline ? (
                <textarea {...field} rows={2} onChange={(e) => edit(e.target.value)} />
              ) : (
                <input {...field} type="text" onChange={(e) => edit(e.target.value)} />
              )}
              <PackProblemList id={errorId} problems={mine} path={at} />
            </div>
          );
        }
        const items = typeof value === 'string' ? [value] : strings(value);
        const wasList = Array.isArray(value);
        return (
          <fieldset key={language} className="pack-field pack-field--group">
            <legend>{valueName('language', language)}</legend>
            {control.c === 'variants' ? (
              <p className="field__hint">{t('pf_variants_hint')}</p>
            ) : null}
            <PackStringList
              label={name}
              items={items}
              path={at}
              problems={typeof value === 'string' ? [] : mine}
              describedBy={describedBy}
              multiline={control.c === 'variants'}
              onItems={(next) => {
                if (next.length === 0) write(language, undefined);
                // One way of saying it is written as plain text, unless the pack already had a list.
                else if (control.c === 'variants' && next.length === 1 && !wasList)
                  write(language, next[0]);
                else write(language, next);
              }}
            />
            {typeof value === 'string' ? <PackProblemList problems={mine} path={at} /> : null}
          </fieldset>
        );
      })}
    </div>
  );
}

/** Rows of key → value in a record; renaming a key keeps the row's place. */
function useRecord(path: Path) {
  const form = usePackForm();
  const record = useAt(path);
  const entries = isObject(record) ? Object.entries(record) : [];
  const write = (next: [string, unknown][]) => form.set(path, Object.fromEntries(next));
  return {
    entries,
    /** What PackRows needs of a record: a row per key, its problems under that key. */
    rowProps: {
      path,
      count: entries.length,
      segment: (index: number) => entries[index]![0],
      onRemove: (index: number) => write(entries.filter((_, i) => i !== index)),
    },
    /** The keys of the other rows: a row may not take one of them. */
    otherKeys: (index: number) => entries.filter((_, i) => i !== index).map(([k]) => k),
    rename: (index: number, key: string) =>
      write(entries.map(([k, v], i) => (i === index ? [key, v] : [k, v]))),
    setValue: (index: number, value: unknown) =>
      write(entries.map(([k, v], i) => (i === index ? [k, value] : [k, v]))),
    // An empty key is the new row; a second one would overwrite it, so there is at most one.
    add: (value: unknown) => {
      if (!entries.some(([k]) => k === '')) write([...entries, ['', value]]);
    },
  };
}

/** One labelled text field in a row of pairs. */
function RowText({
  id,
  label,
  value,
  invalid,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  invalid: true | undefined;
  onChange: (text: string) => void;
}) {
  const { readOnly } = usePackForm();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        disabled={readOnly}
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/**
 * The key of a record row (a word to replace, a rule id). A key another row already has is kept
 * as typed and marked, but not written: writing it would merge the two rows and lose one.
 */
function RecordKey({
  id,
  label,
  value,
  otherKeys,
  invalid: invalidFromPack,
  describedBy,
  list,
  onRename,
}: {
  id: string;
  label: string;
  value: string;
  otherKeys: readonly string[];
  invalid: true | undefined;
  describedBy?: string | undefined;
  list?: string;
  onRename: (key: string) => void;
}) {
  const { readOnly } = usePackForm();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The pack changed from elsewhere (the JSON view, another row removed): show its key.
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const taken = draft !== value && otherKeys.includes(draft);
  const takenId = `${id}-taken`;
  const described = [describedBy, taken ? takenId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        disabled={readOnly}
        {...(list === undefined ? {} : { list })}
        aria-invalid={taken ? true : invalidFromPack}
        {...(described ? { 'aria-describedby': described } : {})}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (!otherKeys.includes(next)) onRename(next);
        }}
      />
      {taken ? (
        <p className="field__error" id={takenId} role="alert">
          {t('pf_key_taken', { key: draft })}
        </p>
      ) : null}
    </>
  );
}

export function SwapField({ path, label }: { path: Path; label: string }) {
  const rows = useRecord(path);
  return (
    <PackRows
      {...rows.rowProps}
      label={label}
      addLabel={t('pf_add_entry', { label })}
      onAdd={() => rows.add('')}
    >
      {(index, { mine, fieldId }) => {
        const [from, to] = rows.entries[index]!;
        return (
          <>
            <RecordKey
              id={fieldId('from')}
              label={t('pf_swap_from')}
              value={from}
              otherKeys={rows.otherKeys(index)}
              invalid={invalid(mine)}
              onRename={(key) => rows.rename(index, key)}
            />
            <RowText
              id={fieldId('to')}
              label={t('pf_swap_to')}
              value={textOf(to)}
              invalid={invalid(mine)}
              onChange={(text) => rows.setValue(index, text)}
            />
          </>
        );
      }}
    </PackRows>
  );
}

export function PairsField({ path, label }: { path: Path; label: string }) {
  const form = usePackForm();
  const list = useAt(path);
  const pairs = Array.isArray(list) ? list : [];
  const write = (next: unknown[]) => form.set(path, next);
  return (
    <PackRows
      path={path}
      label={label}
      count={pairs.length}
      segment={(index) => index}
      addLabel={t('pf_add_entry', { label })}
      onAdd={() => write([...pairs, ['', '']])}
      onRemove={(index) => write(pairs.filter((_, i) => i !== index))}
    >
      {(index, { mine, fieldId }) => {
        const pair: unknown = pairs[index];
        const [a, b] = Array.isArray(pair) ? pair : [];
        const edit = (side: 0 | 1, value: string) =>
          write(
            pairs.map((p, i) =>
              i === index ? (side === 0 ? [value, b ?? ''] : [a ?? '', value]) : p,
            ),
          );
        return (
          <>
            <RowText
              id={fieldId('a')}
              label={t('pf_pair_one')}
              value={textOf(a)}
              invalid={invalid(mine)}
              onChange={(text) => edit(0, text)}
            />
            <RowText
              id={fieldId('b')}
              label={t('pf_pair_other')}
              value={textOf(b)}
              invalid={invalid(mine)}
              onChange={(text) => edit(1, text)}
            />
          </>
        );
      }}
    </PackRows>
  );
}

const OVERRIDE_LEVELS = ['off', 'error', 'warning', 'suggestion'] as const;

export function OverridesField({ path, label }: { path: Path; label: string }) {
  const form = usePackForm();
  const rows = useRecord(path);
  return (
    <PackRows
      {...rows.rowProps}
      label={label}
      empty={t('pf_overrides_none')}
      addLabel={t('pf_override_add')}
      onAdd={() => rows.add('off')}
    >
      {(index, { mine, errorId, fieldId }) => {
        const [rule, level] = rows.entries[index]!;
        const aria = {
          'aria-invalid': invalid(mine),
          'aria-describedby': mine.length > 0 ? errorId : undefined,
        };
        return (
          <>
            <RecordKey
              id={fieldId('rule')}
              label={t('pf_override_rule')}
              value={rule}
              otherKeys={rows.otherKeys(index)}
              invalid={invalid(mine)}
              describedBy={aria['aria-describedby']}
              list={form.lists.ruleIds}
              onRename={(key) => rows.rename(index, key)}
            />
            <label htmlFor={fieldId('level')}>{t('pf_override_level')}</label>
            <select
              id={fieldId('level')}
              value={typeof level === 'string' ? level : ''}
              disabled={form.readOnly}
              {...aria}
              onChange={(e) => rows.setValue(index, e.target.value)}
            >
              {typeof level === 'string' &&
              (OVERRIDE_LEVELS as readonly string[]).includes(level) ? null : (
                <option value="">{t('pf_choose')}</option>
              )}
              {OVERRIDE_LEVELS.map((option) => (
                <option key={option} value={option}>
                  {valueName('overrideLevel', option)}
                </option>
              ))}
            </select>
          </>
        );
      }}
    </PackRows>
  );
}

export function LimitsField({ path }: { path: Path }) {
  const form = usePackForm();
  const id = useId();
  const problems = useProblemsAt(path);
  const limits = useAt(path);
  return (
    <div className="pack-limits">
      {PLATFORM_IDS.map((platform) => {
        const at = [...path, platform, 'maxChars'];
        const value = getAt(limits, [platform, 'maxChars']);
        const own = PLATFORM_LIMITS[platform].maxChars;
        const mine = problemsUnder(problems, [...path, platform]);
        const errorId = `${id}-${platform}-error`;
        return (
          <div key={platform} className="pack-field">
            <label htmlFor={`${id}-${platform}`}>{valueName('platform', platform)}</label>
            <input
              id={`${id}-${platform}`}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              placeholder={own === null ? undefined : String(own)}
              value={typeof value === 'number' ? String(value) : ''}
              disabled={form.readOnly}
              aria-invalid={invalid(mine)}
              aria-describedby={mine.length > 0 ? errorId : undefined}
              onChange={(e) => {
                const raw = e.target.value.trim();
                const limits = form.get(path);
                if (raw === '') {
                  const { [platform]: _gone, ...rest } = isObject(limits) ? limits : {};
                  if (Object.keys(rest).length === 0) form.remove(path);
                  else form.set(path, rest);
                } else if (Number.isFinite(Number(raw))) form.set(at, Number(raw));
              }}
            />
            <PackProblemList id={errorId} problems={mine} path={[...path, platform]} />
          </div>
        );
      })}
    </div>
  );
}

export function ExpectField({ path, label }: { path: Path; label: string }) {
  const form = usePackForm();
  const id = useId();
  const value = useAt(path);
  const trips = isObject(value) ? value.trips : undefined;
  const problems = useProblemsAt(path);
  return (
    <div className="pack-expect">
      <label className="pack-choices__option">
        <input
          type="radio"
          name={id}
          checked={value === 'pass'}
          disabled={form.readOnly}
          onChange={() => form.set(path, 'pass')}
        />
        {t('pf_expect_pass')}
      </label>
      <label className="pack-choices__option">
        <input
          type="radio"
          name={id}
          checked={isObject(value)}
          disabled={form.readOnly}
          onChange={() => form.set(path, { trips: [] })}
        />
        {t('pf_expect_trips')}
      </label>
      {isObject(value) ? (
        <PackStringList
          label={t('pf_expect_trips_list', { label })}
          items={strings(trips)}
          path={[...path, 'trips']}
          problems={problemsUnder(problems, [...path, 'trips'])}
          list={form.lists.ruleIds}
          onItems={(items) => form.set([...path, 'trips'], items)}
        />
      ) : null}
    </div>
  );
}

export function IntervalsField({ path, label }: { path: Path; label: string }) {
  const form = usePackForm();
  const list = useAt(path);
  const intervals = Array.isArray(list) ? list : [];
  const write = (next: unknown[]) => (next.length === 0 ? form.remove(path) : form.set(path, next));
  return (
    <PackRows
      path={path}
      label={label}
      count={intervals.length}
      segment={(index) => index}
      empty={t('pf_hours_closed_day')}
      addLabel={t('pf_hours_add', { day: label })}
      onAdd={() => write([...intervals, { from: '', to: '' }])}
      onRemove={(index) => write(intervals.filter((_, i) => i !== index))}
    >
      {(index, { mine, errorId, fieldId }) => {
        const interval: unknown = intervals[index];
        const edit = (key: 'from' | 'to', value: string) =>
          write(
            intervals.map((v, i) =>
              i === index ? { ...(isObject(v) ? v : {}), [key]: value } : v,
            ),
          );
        const field = (key: 'from' | 'to', example: string) => ({
          id: fieldId(key),
          type: 'text',
          inputMode: 'numeric' as const,
          placeholder: example,
          value: textOf(isObject(interval) ? interval[key] : undefined),
          disabled: form.readOnly,
          'aria-invalid': invalid(problemsUnder(mine, [...path, index, key])),
          'aria-describedby': mine.length > 0 ? errorId : undefined,
          onChange: (e: { target: { value: string } }) => edit(key, e.target.value),
        });
        return (
          <>
            <label htmlFor={fieldId('from')}>{t('pf_hours_from')}</label>
            <input {...field('from', '08:00')} />
            <label htmlFor={fieldId('to')}>{t('pf_hours_to')}</label>
            <input {...field('to', '20:00')} />
          </>
        );
      }}
    </PackRows>
  );
}
