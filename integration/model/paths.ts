/**
 * The on-disk layout, relative to the content base:
 *   <statement>/versions/<version>.yaml          one file per version
 *   <statement>/<locale>/<clause>/<version>.mdx  a clause text, in force from that version on
 *   <statement>/register/<clause>/<version>.yaml the clause's facts for every language, in force from that version on
 *   <statement>/policy.lock.json                 the record of every published version (see model/lock)
 */

export type ContentPath =
	| { kind: 'version'; statement: string; version: string }
	| { kind: 'clause'; statement: string; locale: string; clause: string; version: string }
	| { kind: 'register'; statement: string; clause: string; version: string }
	| { kind: 'lock'; statement: string }
	| { kind: 'unknown'; expected: string };

export const LOCK_FILE = 'policy.lock.json';
/** The folder of the register files, beside the locale folders. */
export const REGISTER = 'register';
export const CLAUSE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Classifies a path below one statement's folder, e.g. `nl/retention/2024-03-01.mdx`. */
export function parseContentPath(statement: string, relative: string): ContentPath {
	const parts = relative.split('/');
	if (parts.length === 1 && parts[0] === LOCK_FILE) return { kind: 'lock', statement };
	if (parts.length === 2 && parts[0] === 'versions' && parts[1]!.endsWith('.yaml')) {
		return { kind: 'version', statement, version: parts[1]!.slice(0, -'.yaml'.length) };
	}
	// A locale is a language tag, so it is never `register`.
	if (parts.length === 3 && parts[0] === REGISTER && parts[2]!.endsWith('.yaml')) {
		return { kind: 'register', statement, clause: parts[1]!, version: parts[2]!.slice(0, -'.yaml'.length) };
	}
	if (parts.length === 3 && parts[2]!.endsWith('.mdx')) {
		const [locale, clause, file] = parts as [string, string, string];
		return { kind: 'clause', statement, locale, clause, version: file.slice(0, -'.mdx'.length) };
	}
	return {
		kind: 'unknown',
		expected: `${statement}/<locale>/<clause>/<YYYY-MM-DD>.mdx, ${statement}/${REGISTER}/<clause>/<YYYY-MM-DD>.yaml or ${statement}/versions/<YYYY-MM-DD>.yaml`,
	};
}

export function clausePath(base: string, statement: string, locale: string, clause: string, version: string): string {
	return `${base}/${statement}/${locale}/${clause}/${version}.mdx`;
}

export function versionPath(base: string, statement: string, version: string): string {
	return `${base}/${statement}/versions/${version}.yaml`;
}

/** The attribute every statement page carries, so a page that another route or file put in its place is found. */
export const PAGE_MARKER = 'data-astro-privacy';
