import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** The JSON Schema that docs/policy.schema.json publishes for `/<base>/policy.json`. */
export const publishedSchema = JSON.parse(readFileSync(new URL('../docs/policy.schema.json', import.meta.url), 'utf8'));

const ajv = new Ajv2020({ strict: false }).addFormat('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
const validate = ajv.compile(publishedSchema);

/** The schema's complaints about a `policy.json`, none when it is valid. */
export function schemaErrors(json: unknown): string[] {
	return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
