import { t } from '../lib/i18n';
import type { Control, Leaf, Names } from '../lib/options/pack-form/model';
import { nameKey } from '../lib/options/pack-form/names';
import { type Path } from '../lib/options/pack-form/path';
import { platformLabel } from '../lib/platforms/limits';
import type { PlatformId } from '../lib/platforms';
import { packText, useAt, usePackForm, useProblemsAt, useDescribed } from './PackFormContext';
import { PackStringList } from './PackFormStrings';
import {
  ExpectField,
  IntervalsField,
  LanguageTexts,
  LimitsField,
  OverridesField,
  PairsField,
  SwapField,
} from './PackFormRecords';

/** A value's name in the interface language; one this build does not know shows as written. */
export function valueName(names: Names, value: string): string {
  if (names === 'platform') {
    return value === 'generic' ? t('panel_platform_other') : platformLabel(value as PlatformId);
  }
  const key = nameKey(names, value);
  return key ? packText(key) : value;
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : [];

/** One field of the pack: its label, its control, its help and its problems. */
export function PackLeafField({
  node,
  path,
  pattern,
}: {
  node: Leaf;
  path: Path;
  pattern: string;
}) {
  const form = usePackForm();
  const problems = useProblemsAt(path);
  const described = useDescribed(node, problems, path);
  const value = useAt(path);
  const label = packText(node.label);
  const control = node.control;

  // Composite controls are a group of fields: a fieldset whose legend is the label.
  if (isComposite(control)) {
    return (
      <fieldset className="pack-field pack-field--group" data-field={pattern}>
        <legend>{label}</legend>
        {described.help}
        <Composite
          control={control}
          path={path}
          label={label}
          described={described.aria['aria-describedby']}
        />
        {described.errors}
      </fieldset>
    );
  }

  const common = {
    id: described.id,
    disabled: form.readOnly,
    ...described.aria,
  };

  let input;
  switch (control.c) {
    case 'text': {
      const edit = (next: string) =>
        next === '' && !control.required ? form.remove(path) : form.set(path, next);
      input = control.multiline ? (
        <textarea
          {...common}
          rows={3}
          value={asText(value)}
          onChange={(e) => edit(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type={control.type ?? 'text'}
          value={asText(value)}
          placeholder={control.example}
          list={control.suggest ? form.lists[control.suggest] : undefined}
          onChange={(e) => edit(e.target.value)}
        />
      );
      break;
    }
    case 'number':
      input = (
        <input
          {...common}
          // The "leave empty for the default" hint below belongs to the field too.
          {...(control.fallback === undefined
            ? {}
            : {
                'aria-describedby': [`${described.id}-empty`, common['aria-describedby']]
                  .filter(Boolean)
                  .join(' '),
              })}
          type="number"
          inputMode="decimal"
          min={control.min}
          max={control.max}
          step={control.step ?? (control.int ? 1 : 'any')}
          placeholder={control.fallback === undefined ? undefined : String(control.fallback)}
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(e) => {
            const raw = e.target.value.trim();
            if (raw === '') form.remove(path);
            else if (Number.isFinite(Number(raw))) form.set(path, Number(raw));
          }}
        />
      );
      break;
    case 'select': {
      const current = typeof value === 'string' ? value : '';
      const unknown = current !== '' && !control.options.includes(current);
      input = (
        <select
          {...common}
          value={current}
          onChange={(e) =>
            e.target.value === '' ? form.remove(path) : form.set(path, e.target.value)
          }
        >
          <option value="">
            {control.fallback === undefined
              ? t('pf_choose')
              : t('pf_default_option', { value: valueName(control.names, control.fallback) })}
          </option>
          {unknown ? <option value={current}>{current}</option> : null}
          {control.options.map((option) => (
            <option key={option} value={option}>
              {valueName(control.names, option)}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'toggle':
      return (
        <div className="pack-field pack-field--check" data-field={pattern}>
          <label>
            <input
              {...common}
              type="checkbox"
              checked={typeof value === 'boolean' ? value : control.fallback}
              onChange={(e) => form.set(path, e.target.checked)}
            />
            {label}
          </label>
          {described.help}
          {described.errors}
        </div>
      );
  }

  return (
    <div className="pack-field" data-field={pattern}>
      <label htmlFor={described.id}>{label}</label>
      {input}
      {control.c === 'number' && control.fallback !== undefined ? (
        <p className="field__hint" id={`${described.id}-empty`}>
          {t('pf_empty_means', { value: control.fallback })}
        </p>
      ) : null}
      {described.help}
      {described.errors}
    </div>
  );
}

type Composite = Exclude<Control, { c: 'text' | 'number' | 'select' | 'toggle' }>;

function isComposite(control: Control): control is Composite {
  return !['text', 'number', 'select', 'toggle'].includes(control.c);
}

function Composite({
  control,
  path,
  label,
  described,
}: {
  control: Composite;
  path: Path;
  label: string;
  described: string | undefined;
}) {
  const form = usePackForm();
  const value = useAt(path);
  const problems = useProblemsAt(path);
  switch (control.c) {
    case 'choices': {
      const chosen = asStrings(value);
      const toggle = (option: string, on: boolean) => {
        const next = on
          ? [...chosen.filter((v) => v !== option), option]
          : chosen.filter((v) => v !== option);
        if (next.length === 0 && !control.required) form.remove(path);
        else form.set(path, next);
      };
      const unknown = chosen.filter((v) => !control.options.includes(v));
      return (
        <div className="pack-choices">
          {[...control.options, ...unknown].map((option) => (
            <label key={option} className="pack-choices__option">
              <input
                type="checkbox"
                disabled={form.readOnly}
                checked={chosen.includes(option)}
                aria-describedby={described}
                aria-invalid={problems.length > 0 ? true : undefined}
                onChange={(e) => toggle(option, e.target.checked)}
              />
              {valueName(control.names, option)}
            </label>
          ))}
        </div>
      );
    }
    case 'strings':
      return (
        <PackStringList
          label={label}
          items={asStrings(value)}
          path={path}
          problems={problems}
          describedBy={described}
          multiline={control.multiline}
          type={control.type}
          example={control.example}
          list={control.suggest ? form.lists[control.suggest] : undefined}
          onItems={(items) =>
            items.length === 0 && !control.required ? form.remove(path) : form.set(path, items)
          }
        />
      );
    case 'langText':
    case 'langStrings':
    case 'variants':
      return <LanguageTexts control={control} path={path} label={label} describedBy={described} />;
    case 'swap':
      return <SwapField path={path} label={label} />;
    case 'pairs':
      return <PairsField path={path} label={label} />;
    case 'overrides':
      return <OverridesField path={path} label={label} />;
    case 'limits':
      return <LimitsField path={path} />;
    case 'expect':
      return <ExpectField path={path} label={label} />;
    case 'intervals':
      return <IntervalsField path={path} label={label} />;
  }
}
