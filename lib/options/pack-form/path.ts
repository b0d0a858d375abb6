import { formatPath } from '../../voice/problems';

/** Where a value sits in the pack: object keys and list indexes, as in `blocks[3].text.de`. */
export type Path = readonly (string | number)[];

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The same text parsePack puts in a problem's `path`, so a field finds its problems by equality. */
export const pathKey = (path: Path): string => formatPath(path);

export function getAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(value)) return undefined;
      value = value[segment];
    } else {
      // Own fields only: a pack written by someone else must not reach Object.prototype.
      if (!isObject(value) || !Object.hasOwn(value, segment)) return undefined;
      value = value[segment];
    }
  }
  return value;
}

function container(value: unknown, segment: string | number): Json | unknown[] {
  if (typeof segment === 'number') return Array.isArray(value) ? [...(value as unknown[])] : [];
  return isObject(value) ? { ...value } : {};
}

/**
 * A copy of `data` with `value` at `path`; everything else (also keys the form does not know) is
 * shared, untouched. A value of the wrong type on the way (the raw JSON view allows anything) is
 * replaced by the object or list the path needs.
 */
export function setAt<T>(data: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = container(data, head) as Record<string | number, unknown>;
  copy[head] = setAt(getAt(data, [head]), rest, value);
  return copy as T;
}

/** A copy without the key (or list item) at `path`; unchanged when there is none. */
export function removeAt<T>(data: T, path: Path): T {
  if (path.length === 0) return data;
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1]!;
  const parent = getAt(data, parentPath);
  if (typeof last === 'number') {
    if (!Array.isArray(parent) || last >= parent.length) return data;
    return setAt(
      data,
      parentPath,
      parent.filter((_, i) => i !== last),
    );
  }
  if (!isObject(parent) || !Object.hasOwn(parent, last)) return data;
  const { [last]: _removed, ...kept } = parent;
  return setAt(data, parentPath, kept);
}

/** A copy of the list at `path` with item `from` moved to `to`. */
export function moveAt<T>(data: T, path: Path, from: number, to: number): T {
  const list = getAt(data, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return data;
  const copy = [...(list as unknown[])];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return setAt(data, path, copy);
}

/**
 * A problem's path split into segments: `blocks[3].text.de` → ['blocks', 3, 'text', 'de'],
 * `overrides["brand.x"]` → ['overrides', 'brand.x']; `(root)` → [].
 */
export function parseProblemPath(path: string): (string | number)[] {
  if (path === '(root)') return [];
  const segments: (string | number)[] = [];
  const token = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let match: RegExpExecArray | null;
  while (token.lastIndex < path.length && (match = token.exec(path))) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}
