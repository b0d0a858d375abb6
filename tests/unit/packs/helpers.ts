import { defaultPackInput } from '../../../lib/voice';

/** A valid pack as the JSON text a team lead saves, with its own id, name, version and banned term. */
export function packText(
  name: string,
  options: { id?: string; version?: string; banned?: string } = {},
): string {
  const banned = defaultPackInput.vocabulary.banned;
  return JSON.stringify({
    ...defaultPackInput,
    id: options.id ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    version: options.version ?? '1.0.0',
    vocabulary: {
      ...defaultPackInput.vocabulary,
      banned:
        options.banned === undefined
          ? banned
          : [...banned, { term: options.banned, reason: `${name} does not say it.` }],
    },
  });
}

/** A pack that fails validation at one known path, `id`. */
export function brokenPackText(name: string): string {
  return JSON.stringify({ ...defaultPackInput, id: 'Not An Id', name });
}
