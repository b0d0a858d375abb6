import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BUILTIN_RULE_IDS } from '../rules/ids';
import { voicePackSchema } from './schema';

export const JSON_SCHEMA_FILE = fileURLToPath(new URL('./voice-pack.schema.json', import.meta.url));
export const JSON_SCHEMA_ID = 'urn:replykit:voice-pack';

type JsonSchema = Record<string, unknown>;

/**
 * The voice pack JSON Schema, for autocompletion and inline errors in editors. Generated from
 * the zod schema (as input: defaults are optional); refinements such as "the regex compiles"
 * or "override ids exist" are not expressible here and stay with `parsePack`.
 */
export function renderJsonSchema(): string {
  const generated = z.toJSONSchema(voicePackSchema, {
    io: 'input',
    target: 'draft-07',
    override: ({ jsonSchema }) => enumKeysAsProperties(jsonSchema as JsonSchema),
  }) as JsonSchema;
  suggestRuleIds(generated);
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, $id: JSON_SCHEMA_ID, ...rest }, null, 2)}\n`;
}

/**
 * Records keyed by language or platform come out as `propertyNames: { enum }`; editors only
 * offer completions for `properties`, so spell the keys out.
 */
function enumKeysAsProperties(schema: JsonSchema): void {
  const names = schema.propertyNames as { enum?: unknown[] } | undefined;
  const value = schema.additionalProperties;
  if (!names?.enum || typeof value !== 'object' || value === null) return;
  schema.properties = Object.fromEntries(names.enum.map((key) => [String(key), value]));
  schema.additionalProperties = false;
  delete schema.propertyNames;
}

/** Completion for rule ids: overrides list the built-in ids, example `trips` suggest them. */
function suggestRuleIds(schema: JsonSchema): void {
  const properties = schema.properties as Record<string, JsonSchema>;
  const overrides = properties.overrides!;
  const level = overrides.additionalProperties;
  overrides.properties = Object.fromEntries(BUILTIN_RULE_IDS.map((id) => [id, level]));
  const example = (properties.examples!.items as JsonSchema).properties as Record<
    string,
    JsonSchema
  >;
  const tripsObject = (example.expect!.anyOf as JsonSchema[]).find((s) => s.type === 'object')!;
  const trips = (tripsObject.properties as Record<string, JsonSchema>).trips!;
  trips.items = { ...(trips.items as JsonSchema), examples: [...BUILTIN_RULE_IDS] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(JSON_SCHEMA_FILE, renderJsonSchema());
  console.log(`Wrote ${JSON_SCHEMA_FILE}`);
}
