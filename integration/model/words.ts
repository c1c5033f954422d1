import { LOCALE_TAG } from './schema/text.ts';
import type { Cookie, Processing, RegisterRecord, RevisionRecord } from './types.ts';

/** A register file's text given per language: every key a language tag, every value a text. */
function isPerLanguage(value: unknown): value is Record<string, string> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const entries = Object.entries(value);
	return entries.length > 0 && entries.every(([key, text]) => LOCALE_TAG.test(key) && typeof text === 'string');
}

/** A register file's facts with each per-language text replaced by the text of one locale. */
export function inLocale<T>(value: T, locale: string): T {
	if (isPerLanguage(value)) return (value[locale] ?? Object.values(value)[0]) as T;
	if (Array.isArray(value)) return value.map((item) => inLocale(item, locale)) as T;
	if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)])) as T;
	return value;
}

const shown = new WeakMap<RegisterRecord, WeakMap<RevisionRecord, RevisionRecord>>();

/**
 * Each text of a clause with the facts of its register file in that text's language; they replace any in its
 * frontmatter. A text and a register file give one object in every version both are in force: the timeline
 * then sees the clause unchanged without hashing its facts again, and the pages render it once.
 */
export function withRegister(texts: Record<string, RevisionRecord>, register: RegisterRecord): Record<string, RevisionRecord> {
	let copies = shown.get(register);
	if (!copies) shown.set(register, (copies = new WeakMap()));
	const result: Record<string, RevisionRecord> = {};
	for (const [locale, revision] of Object.entries(texts)) {
		let copy = copies.get(revision);
		if (!copy) {
			const purposes =
				register.purposes || register.processing ? (inLocale(register.purposes ?? [register.processing], locale) as Processing[]) : revision.purposes;
			copies.set(revision, (copy = { ...revision, purposes, cookies: register.cookies && (inLocale(register.cookies, locale) as Cookie[]) }));
		}
		result[locale] = copy;
	}
	return result;
}

/** Where a per-language text of a register file lacks one of the statement's locales, or has one it is not in. */
export function perLanguageGaps(value: unknown, locales: string[], path = ''): { field: string; missing: string[]; unknown: string[] }[] {
	if (isPerLanguage(value)) {
		const missing = locales.filter((l) => value[l] === undefined);
		const unknown = Object.keys(value).filter((l) => !locales.includes(l));
		return missing.length + unknown.length > 0 ? [{ field: path, missing, unknown }] : [];
	}
	if (Array.isArray(value)) return value.flatMap((item, i) => perLanguageGaps(item, locales, `${path}[${i}]`));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => perLanguageGaps(item, locales, path ? `${path}.${key}` : key));
	}
	return [];
}
