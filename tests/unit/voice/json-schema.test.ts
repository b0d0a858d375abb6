import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, renderJsonSchema } from '../../../lib/voice/generate-json-schema';
import { BUILTIN_RULE_IDS } from '../../../lib/rules/ids';

describe('the voice pack JSON Schema', () => {
  it('is what the generator produces (run `npx tsx lib/voice/generate-json-schema.ts` after changing the schema)', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(renderJsonSchema());
  });

  it('describes the pack as written: required fields, strict objects, language keys spelled out', () => {
    const schema = JSON.parse(renderJsonSchema());
    expect(schema.$id).toBe('urn:replykit:voice-pack');
    expect(schema.title).toBe('Replykit voice pack');
    expect(schema.required).toEqual(['id', 'name', 'version', 'languages']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.tone.properties.emoji.properties.max.default).toBe(3);
    const text = schema.properties.blocks.items.properties.text;
    expect(Object.keys(text.properties)).toEqual(['en', 'de', 'sv']);
    expect(text.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.overrides.properties)).toEqual([...BUILTIN_RULE_IDS]);
  });
});
