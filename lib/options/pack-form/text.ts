import { prettyJson } from '../packs-model';
import type { Json } from './path';

/** What the form last gave: the object and the text it was written out as. */
export interface Emitted {
  text: string;
  value: Json;
}

/** The text the form writes for a pack it edited. */
export const emit = (value: Json): Emitted => ({ text: prettyJson(value), value });

/**
 * The object the form shows for `text`: while the text is what the form last wrote, that same
 * object (so the parts an edit did not touch stay identical and the form does not render them
 * again); otherwise the text read anew. Undefined when the text is no JSON object.
 */
export function formValue(text: string, emitted: Emitted | undefined): Json | undefined {
  if (emitted?.text === text) return emitted.value;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Json)
      : undefined;
  } catch {
    return undefined;
  }
}
