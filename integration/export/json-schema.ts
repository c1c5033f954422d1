import { z } from 'astro/zod';
import { PolicyExportSchema } from '../model/schema/export.ts';

/** The JSON Schema (2020-12) of `/<base>/policy.json`, as docs/policy.schema.json publishes it. */
export function policyJsonSchema() {
	return { ...z.toJSONSchema(PolicyExportSchema, { io: 'output' }), title: 'astro-privacy policy.json' };
}
