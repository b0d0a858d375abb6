import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
} from 'react';
import { t } from '../lib/i18n';
import { switchKind } from '../lib/options/pack-form/kinds';
import {
  SECTIONS,
  type Group,
  type Kinds,
  type List,
  type Node,
  type Section,
} from '../lib/options/pack-form/model';
import { placeProblems } from '../lib/options/pack-form/problems';
import {
  getAt,
  isObject,
  moveAt,
  parseProblemPath,
  removeAt,
  setAt,
  type Path,
} from '../lib/options/pack-form/path';
import { createPackFormStore } from '../lib/options/pack-form/store';
import { BUILTIN_RULE_IDS } from '../lib/rules/ids';
import type { PackProblem } from '../lib/voice/problems';
import { LANGUAGES } from '../lib/voice/schema';
import { INTENTS } from '../lib/voice/taxonomy';
import {
  PackFormContext,
  PackProblemList,
  problemsUnder,
  packText,
  packTextWith,
  useAt,
  usePackForm,
  usePackSelect,
  useProblemCount,
  useProblemsAt,
  useDescribed,
  type PackFormApi,
} from './PackFormContext';
import { PackLeafField, valueName } from './PackFormFields';
import { PackRowButtons } from './PackFormStrings';
import './pack-form.css';

export interface PackFormProps {
  /** The pack as written (parsed JSON; defaults NOT filled in), possibly invalid or partial. */
  value: Record<string, unknown>;
  /** Called with a new object (never mutate `value`). Clearing an optional field removes its key. */
  onChange: (next: Record<string, unknown>) => void;
  /** Problems from parsePack(...).errors: shown beside the field they name; others at the top. */
  problems: readonly PackProblem[];
  /** Locked by the administrator, or a subscribed pack: every control disabled, nothing editable. */
  readOnly?: boolean;
}

/**
 * Every field of a voice pack as a form a team lead can fill in without knowing JSON: sections
 * that fold, lists with add, remove and move, texts per language of the pack. Presentational:
 * the pack comes in as written and goes out through `onChange`; keys the form does not know stay.
 */
export function PackForm({
  value,
  onChange,
  problems,
  readOnly = false,
}: PackFormProps): JSX.Element {
  const id = useId();
  const placed = useMemo(() => placeProblems(problems, value), [problems, value]);
  const languages = useMemo(
    () => LANGUAGES.filter((l) => Array.isArray(value.languages) && value.languages.includes(l)),
    [value.languages],
  );
  const customIds = (Array.isArray(value.rules) ? value.rules : [])
    .map((rule) =>
      isObject(rule) && typeof rule.id === 'string' && rule.id ? `brand.custom.${rule.id}` : '',
    )
    .filter(Boolean);
  const [store] = useState(() => createPackFormStore(value, problems, placed));
  // The fields read the pack from the store: those rendered now read it at once, the others
  // (memoised, not rendered again) are told once it is committed and re-render if theirs changed.
  store.take(value, problems, placed);
  useLayoutEffect(() => store.notify(), [store, value, problems, placed]);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // The same object while the pack is edited, so that a field's edit re-renders only that field.
  const api: PackFormApi = useMemo(
    () => ({
      store,
      get: (path) => getAt(store.value, path),
      readOnly,
      languages,
      set: (path, next) => onChangeRef.current(setAt(store.value, path, next)),
      remove: (path) => onChangeRef.current(removeAt(store.value, path)),
      update: (change) => onChangeRef.current(change(store.value)),
      lists: { ruleIds: `${id}-rules`, intents: `${id}-intents`, timeZones: `${id}-zones` },
    }),
    [store, readOnly, languages, id],
  );

  return (
    <PackFormContext.Provider value={api}>
      <div className="pack-form" aria-disabled={readOnly || undefined}>
        {placed.unplaced.length > 0 ? (
          <section className="pack-form__unplaced" aria-labelledby={`${id}-unplaced`}>
            <h3 id={`${id}-unplaced`}>{t('pf_unplaced_heading')}</h3>
            <ul>
              {placed.unplaced.map((problem, index) => (
                <li key={index} className="field__error">
                  <code>{problem.path}</code> {problem.message}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {SECTIONS.map((section) => (
          <SectionView key={section.id} section={section} />
        ))}
        <DataLists lists={api.lists} customIds={customIds.join('\n')} />
      </div>
    </PackFormContext.Provider>
  );
}

/** The shared suggestions; hundreds of options, so rendered again only when a rule id changes. */
const DataLists = memo(function DataLists({
  lists,
  customIds,
}: {
  lists: PackFormApi['lists'];
  /** The custom rules' ids, one a line. */
  customIds: string;
}) {
  const timeZones = useMemo(() => {
    try {
      return Intl.supportedValuesOf('timeZone');
    } catch {
      return [];
    }
  }, []);
  const custom = customIds === '' ? [] : customIds.split('\n');
  return (
    <>
      <datalist id={lists.ruleIds}>
        {[...BUILTIN_RULE_IDS, ...custom].map((rule) => (
          <option key={rule} value={rule} />
        ))}
      </datalist>
      <datalist id={lists.intents}>
        {INTENTS.map((intent) => (
          <option key={intent} value={intent}>
            {valueName('intent', intent)}
          </option>
        ))}
      </datalist>
      <datalist id={lists.timeZones}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
});

function sectionProblems(section: Section, problems: readonly PackProblem[]): number {
  const keys = Object.keys(section.fields);
  return problems.filter((p) => {
    const first = parseProblemPath(p.path)[0];
    return typeof first === 'string' && keys.includes(first);
  }).length;
}

function ProblemCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="pack-form__count">
      {count === 1 ? t('pf_problems_one') : t('pf_problems_other', { count })}
    </span>
  );
}

/** A section of the form; its fields are rendered only while it is open (its summary counts problems). */
const SectionView = memo(function SectionView({ section }: { section: Section }) {
  const id = useId();
  const count = useProblemCount((problems) => sectionProblems(section, problems));
  const [open, setOpen] = useState(section.id === 'basics' || count > 0);
  return (
    <details
      className="pack-form__section"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      aria-labelledby={`${id}-title`}
    >
      <summary>
        <h3 id={`${id}-title`}>{packText(section.title)}</h3>
        <ProblemCount count={count} />
      </summary>
      {open ? (
        <div className="pack-form__body">
          {section.intro ? <p className="pack-form__intro">{packText(section.intro)}</p> : null}
          {Object.entries(section.fields).map(([key, node]) => (
            <NodeView key={key} node={node} path={[key]} pattern={key} />
          ))}
        </div>
      ) : null}
    </details>
  );
});

function NodeView({ node, path, pattern }: { node: Node; path: Path; pattern: string }) {
  switch (node.t) {
    case 'leaf':
      return <PackLeafField node={node} path={path} pattern={pattern} />;
    case 'group':
      return <GroupView node={node} path={path} pattern={pattern} />;
    case 'list':
      return <ListView node={node} path={path} pattern={pattern} />;
    case 'kinds':
      return <KindsView node={node} path={path} pattern={pattern} />;
  }
}

function Fields({
  fields,
  path,
  pattern,
}: {
  fields: Group['fields'];
  path: Path;
  pattern: string;
}) {
  return (
    <>
      {Object.entries(fields).map(([key, node]) => (
        <NodeView key={key} node={node} path={[...path, key]} pattern={`${pattern}.${key}`} />
      ))}
    </>
  );
}

function GroupView({ node, path, pattern }: { node: Group; path: Path; pattern: string }) {
  const form = usePackForm();
  const id = useId();
  const problems = useProblemsAt(path);
  const described = useDescribed(node, problems, path);
  const present = usePackSelect((pack) => getAt(pack, path) !== undefined);
  const toggle = node.optional ? (
    <div className="pack-field pack-field--check">
      <label>
        <input
          id={`${id}-toggle`}
          type="checkbox"
          checked={present}
          disabled={form.readOnly}
          onChange={(e) =>
            e.target.checked ? form.set(path, node.optional!.create()) : form.remove(path)
          }
        />
        {packText(node.optional.toggle)}
      </label>
    </div>
  ) : null;
  const body =
    !node.optional || present ? (
      <Fields fields={node.fields} path={path} pattern={pattern} />
    ) : null;
  if (node.flat || pattern.endsWith('[]')) {
    return (
      <div className="pack-group pack-group--flat" data-field={pattern}>
        {described.help}
        {described.errors}
        {toggle}
        {body}
      </div>
    );
  }
  return (
    <fieldset className="pack-group" data-field={pattern} {...described.aria}>
      <legend>{packText(node.label)}</legend>
      {described.help}
      {described.errors}
      {toggle}
      {body}
    </fieldset>
  );
}

interface Slot {
  key: string;
  /** Added here: opens at once. */
  fresh?: boolean;
}

let keyCounter = 0;
const newKey = () => `k${++keyCounter}`;

/**
 * A list of objects (blocks, rules, playbooks…). Items keep a React key across moves so an open
 * item stays open and focus stays on the button that moved it.
 */
function ListView({ node, path, pattern }: { node: List; path: Path; pattern: string }) {
  const form = usePackForm();
  const id = useId();
  const list = useAt(path);
  const items = Array.isArray(list) ? list : [];
  const [slots, setSlots] = useState<Slot[]>(() => items.map(() => ({ key: newKey() })));
  // The pack can change from outside (the raw JSON view): keep one slot per item.
  let keys = slots;
  if (slots.length !== items.length) {
    keys = [...slots.slice(0, items.length)];
    while (keys.length < items.length) keys.push({ key: newKey() });
    setSlots(keys);
  }
  const problems = useProblemsAt(path);
  const described = useDescribed(node, problems, path);
  const addRef = useRef<HTMLButtonElement>(null);
  // The items' buttons call these; the same functions across edits, so untouched items stay as rendered.
  const live = useRef({ keys, items });
  useLayoutEffect(() => {
    live.current = { keys, items };
  });

  const move = useCallback(
    (from: number, to: number) => {
      const order = [...live.current.keys];
      const [slot] = order.splice(from, 1);
      order.splice(to, 0, slot!);
      setSlots(order);
      const key = slot!.key;
      form.update((pack) => moveAt(pack, path, from, to));
      const button = to < from ? 'up' : 'down';
      requestAnimationFrame(() => {
        const target = document.getElementById(
          `${id}-${key}-${button}`,
        ) as HTMLButtonElement | null;
        (target && !target.disabled
          ? target
          : document.getElementById(`${id}-${key}-summary`)
        )?.focus();
      });
    },
    [form, path, id],
  );
  const remove = useCallback(
    (index: number) => {
      setSlots(live.current.keys.filter((_, i) => i !== index));
      form.update((pack) => removeAt(pack, [...path, index]));
      addRef.current?.focus();
    },
    [form, path],
  );
  const add = () => {
    const key = newKey();
    setSlots([...keys, { key, fresh: true }]);
    form.update((pack) => setAt(pack, path, [...items, node.create()]));
    requestAnimationFrame(() => document.getElementById(`${id}-${key}-summary`)?.focus());
  };

  return (
    <div className="pack-list" data-field={pattern}>
      {node.help ? described.help : null}
      {described.errors}
      {items.length === 0 ? <p className="field__hint">{t('pf_list_empty')}</p> : null}
      <ol className="pack-list__items">
        {items.map((item, index) => {
          const { key, fresh } = keys[index]!;
          return (
            <li key={key} className="pack-list__item">
              <ListEntry
                node={node}
                path={path}
                pattern={pattern}
                item={item}
                index={index}
                count={items.length}
                idPrefix={`${id}-${key}`}
                fresh={fresh === true}
                onMove={move}
                onRemove={remove}
              />
            </li>
          );
        })}
      </ol>
      <button ref={addRef} type="button" className="button" disabled={form.readOnly} onClick={add}>
        {packText(node.add)}
      </button>
    </div>
  );
}

/** One item of a list: rendered again only when it, its place or its problems change. */
const ListEntry = memo(function ListEntry({
  node,
  path,
  pattern,
  item,
  index,
  count,
  idPrefix,
  fresh,
  onMove,
  onRemove,
}: {
  node: List;
  path: Path;
  pattern: string;
  item: unknown;
  index: number;
  count: number;
  idPrefix: string;
  fresh: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const at = useMemo(() => [...path, index], [path, index]);
  // Problems are placed on the deepest field; an item's count is everything inside it.
  const problems = useProblemCount((all) => problemsUnder(all, at).length);
  const name = packTextWith(node.itemName, { number: index + 1 });
  const title = node.title
    .map((field) => (isObject(item) ? item[field] : undefined))
    .find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return (
    <ListItem
      idPrefix={idPrefix}
      startOpen={fresh || problems > 0}
      summary={
        <>
          <span className="pack-list__name">{name}</span>
          {title ? <span className="pack-list__title">{title}</span> : null}
          <ProblemCount count={problems} />
        </>
      }
    >
      <PackRowButtons
        name={title ? `${name} (${title})` : name}
        index={index}
        count={count}
        onMove={onMove}
        onRemove={() => onRemove(index)}
        idPrefix={idPrefix}
      />
      <NodeView node={node.item} path={at} pattern={`${pattern}[]`} />
    </ListItem>
  );
});

/** A folding item; its fields are rendered only while it is open (the summary counts problems). */
function ListItem({
  idPrefix,
  startOpen,
  summary,
  children,
}: {
  idPrefix: string;
  startOpen: boolean;
  summary: JSX.Element;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(startOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary id={`${idPrefix}-summary`}>{summary}</summary>
      {open ? <div className="pack-list__body">{children}</div> : null}
    </details>
  );
}

/** A custom rule: its kind first, because the kind decides which fields follow. */
function KindsView({ node, path, pattern }: { node: Kinds; path: Path; pattern: string }) {
  const form = usePackForm();
  const item = useAt(path);
  const kindPath = [...path, 'kind'];
  const kind = isObject(item) && typeof item.kind === 'string' ? item.kind : '';
  const problems = useProblemsAt(kindPath);
  const itemProblems = useProblemsAt(path);
  const described = useDescribed(node, problems, kindPath);
  const known = Object.hasOwn(node.kinds, kind);
  const own = known ? node.kinds[kind]! : {};
  const at = known ? `${pattern}{${kind}}` : pattern;
  return (
    <div className="pack-group pack-group--flat">
      <PackProblemList problems={itemProblems} path={path} />
      <div className="pack-field" data-field={`${at}.kind`}>
        <label htmlFor={described.id}>{packText(node.label)}</label>
        <select
          id={described.id}
          value={kind}
          disabled={form.readOnly}
          {...described.aria}
          onChange={(e) =>
            form.update((pack) =>
              setAt(pack, path, switchKind(isObject(item) ? item : {}, node, e.target.value)),
            )
          }
        >
          {known ? null : <option value={kind}>{kind || t('pf_choose')}</option>}
          {Object.keys(node.kinds).map((option) => (
            <option key={option} value={option}>
              {valueName('ruleKind', option)}
            </option>
          ))}
        </select>
        {described.help}
        {described.errors}
      </div>
      <Fields fields={node.base} path={path} pattern={at} />
      <Fields fields={own} path={path} pattern={at} />
    </div>
  );
}
