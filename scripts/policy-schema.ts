// Writes docs/policy.schema.json, the JSON Schema of `/<base>/policy.json`, from its zod schema.
import { writeFileSync } from 'node:fs';
import { policyJsonSchema } from '../integration/export/json-schema.ts';

writeFileSync(new URL('../docs/policy.schema.json', import.meta.url), `${JSON.stringify(policyJsonSchema(), null, '\t')}\n`);
