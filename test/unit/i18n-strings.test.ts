import { describe, expect, it } from 'vitest';
import en from '../../integration/locales/en.json' with { type: 'json' };
import { bundledStrings, missingStringKeys } from '../../integration/i18n/strings.ts';

describe('the bundled UI strings', () => {
	it('are English and Dutch, each complete', () => {
		expect(Object.keys(bundledStrings).sort()).toEqual(['en', 'nl']);
		expect(bundledStrings.en!['toc.title']).toBe('Contents');
		expect(bundledStrings.nl!['toc.title']).toBe('Inhoud');
		expect(missingStringKeys(bundledStrings.en)).toEqual([]);
		expect(missingStringKeys(bundledStrings.nl)).toEqual([]);
	});
});

describe('missingStringKeys', () => {
	const statementKeys = ['statements.privacy', 'statements.cookies', 'descriptions.privacy', 'descriptions.cookies'];

	it('names every English key a locale without strings lacks, but the statements’ titles and descriptions', () => {
		const missing = missingStringKeys(undefined);
		expect(missing).toHaveLength(Object.keys(en).length - statementKeys.length);
		expect(missing).toEqual(expect.arrayContaining(['date.locale', 'toc.title', 'register.article']));
		for (const key of statementKeys) expect(missing).not.toContain(key);
	});

	it('takes an empty string for a missing one, and asks nothing of the statements’ titles and descriptions', () => {
		const rest = Object.fromEntries(Object.entries(en).filter(([key]) => !statementKeys.includes(key)));
		expect(missingStringKeys(rest)).toEqual([]);
		expect(missingStringKeys({ ...rest, 'toc.title': '', 'feed.title': '' })).toEqual(['toc.title', 'feed.title']);
		expect(missingStringKeys({ ...en, 'search.none': undefined as unknown as string })).toEqual(['search.none']);
	});
});
