import type { z } from 'astro/zod';
import { statementLoader, type StatementLoaderOptions } from './loader.ts';
import { statementSchema } from './schema.ts';

const warned = new Set<string>();

/** Says once per process that a name is going, and which name replaces it. */
function renamed(old: string, now: string) {
	if (warned.has(old)) return;
	warned.add(old);
	console.warn(`[astro-privacy] \`${old}\` is deprecated and will be removed in the next minor release: use \`${now}\` (same options) in src/content.config.ts.`);
}

/** @deprecated Renamed to `statementLoader`, the name the `statements` option uses; this alias goes in the next minor release. */
export function policyLoader(options?: StatementLoaderOptions) {
	renamed('policyLoader()', 'statementLoader()');
	return statementLoader(options);
}

/** @deprecated Renamed to `statementSchema`; this alias goes in the next minor release. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function policySchema<T extends z.ZodObject = z.ZodObject<{}>, P extends z.ZodObject = z.ZodObject<{}>>(options: { extend?: T; processing?: P } = {}) {
	renamed('policySchema()', 'statementSchema()');
	return statementSchema<T, P>(options);
}

/** @deprecated Renamed to `StatementLoaderOptions`. */
export type PolicyLoaderOptions = StatementLoaderOptions;
