/**
 * What a pack's text claims at its top level (`name`, `version`, `id`) when that is a string, read
 * even from a pack that is not valid, so a broken pack can still be named. Undefined when the
 * text is not JSON or the field is not a string.
 */
export function claimedField(text: string, field: 'id' | 'name' | 'version'): string | undefined {
  try {
    const value = (JSON.parse(text) as Record<string, unknown> | null)?.[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
