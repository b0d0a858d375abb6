import type { Kinds } from './model';
import type { Json } from './path';

/**
 * A custom rule switched to another kind: the common fields and what both kinds share stay, the
 * old kind's own fields go (the schema would reject them), the new kind's required fields start
 * empty. Keys no kind knows stay, so validation can name them.
 */
export function switchKind(item: Json, node: Kinds, kind: string): Json {
  const kindFields = new Set(Object.values(node.kinds).flatMap((fields) => Object.keys(fields)));
  const keep = new Set([...Object.keys(node.base), ...Object.keys(node.kinds[kind] ?? {})]);
  const next: Json = {};
  for (const [key, value] of Object.entries(item)) {
    if (!kindFields.has(key) || keep.has(key)) next[key] = value;
  }
  next.kind = kind;
  for (const [key, value] of Object.entries(node.start[kind]?.() ?? {})) {
    if (!Object.hasOwn(next, key)) next[key] = value;
  }
  return next;
}
