/** Placeholder names in a message, `{count}` → `count`, sorted: their order is the substitution order. */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{([a-z][a-zA-Z0-9]*)\}/g)) names.add(match[1]!);
  return [...names].sort();
}

/** `{count}` in the English text → `count`, as a type, so `t()` demands exactly those values. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;
