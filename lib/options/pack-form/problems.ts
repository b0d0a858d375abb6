import type { PackProblem } from '../../voice/problems';
import { SECTIONS, type Fields, type Node } from './model';
import { getAt, isObject, parseProblemPath, pathKey, type Path } from './path';

const ROOT: Fields = Object.assign({}, ...SECTIONS.map((section) => section.fields)) as Fields;

export interface PlacedProblems {
  /** Problems by the path of the control (or group, list, list item) that shows them. */
  at: ReadonlyMap<string, readonly PackProblem[]>;
  /** Problems no rendered field names (unknown keys, the whole pack, a language the pack lacks). */
  unplaced: readonly PackProblem[];
}

/**
 * Where each problem shows: beside the control that edits its path (a control also takes the
 * problems inside what it edits, e.g. one entry of a word list), or on the group or list item it
 * names exactly. Follows the form's model and the pack as written, so an item that is not there
 * (or a custom rule of another kind) takes nothing.
 */
export function placeProblems(problems: readonly PackProblem[], value: unknown): PlacedProblems {
  const at = new Map<string, PackProblem[]>();
  const unplaced: PackProblem[] = [];
  for (const problem of problems) {
    const anchor = anchorOf(parseProblemPath(problem.path), value);
    if (anchor === undefined) unplaced.push(problem);
    else {
      const key = pathKey(anchor);
      at.set(key, [...(at.get(key) ?? []), problem]);
    }
  }
  return { at, unplaced };
}

function anchorOf(segments: Path, value: unknown): Path | undefined {
  if (segments.length === 0) return undefined;
  let fields: Fields | undefined = ROOT;
  let node: Node | undefined;
  let i = 0;
  for (;;) {
    const prefix = segments.slice(0, i);
    if (node?.t === 'leaf') return prefix;
    if (i === segments.length) return node ? prefix : undefined;
    const segment = segments[i]!;
    if (node?.t === 'list') {
      const list = getAt(value, prefix);
      if (typeof segment !== 'number' || !Array.isArray(list) || segment >= list.length)
        return undefined;
      const item: Node = node.item;
      if (item.t === 'kinds') {
        const kind = getAt(value, [...prefix, segment, 'kind']);
        const own =
          typeof kind === 'string' && Object.hasOwn(item.kinds, kind) ? item.kinds[kind] : {};
        fields = {
          ...item.base,
          kind: { t: 'leaf', label: item.label, control: { c: 'text' } },
          ...own,
        };
      } else fields = item.fields;
      node = item;
      i += 1;
      continue;
    }
    if (node?.t === 'group') fields = node.fields;
    if (typeof segment !== 'string' || !fields || !Object.hasOwn(fields, segment)) return undefined;
    // A part of the pack that is absent or of the wrong kind shows no fields inside it.
    if (node && node.t === 'group' && !isObject(getAt(value, prefix))) return undefined;
    node = fields[segment];
    fields = undefined;
    i += 1;
  }
}
