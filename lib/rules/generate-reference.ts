import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILTIN_RULES } from './registry';
import { renderRulesReference } from './reference';

const RULES_REFERENCE_PATH = fileURLToPath(new URL('./RULES.md', import.meta.url));

writeFileSync(RULES_REFERENCE_PATH, renderRulesReference(BUILTIN_RULES));
console.log(`Wrote ${RULES_REFERENCE_PATH}`);
