import { describe, expect, it } from 'vitest';
import { createTranslators, formatDate, formatList, formatPeriod, languageName, regionName } from '../../integration/i18n/translator.ts';

describe('the UI strings', () => {
	const translators = createTranslators({
		nl: { 'toc.title': 'Inhoud', 'policy.versionOf': 'Versie van {{date}}' },
		en: { 'toc.title': 'Contents', 'policy.versionOf': 'Version of {{date}}' },
	});

	it('are flat keys with dots, per locale, ready as soon as they are made', () => {
		expect(translators('nl')('toc.title')).toBe('Inhoud');
		expect(translators('en')('toc.title')).toBe('Contents');
	});

	it('fill in values unescaped: Astro escapes what it renders, so escaping here would show &lt; to readers', () => {
		expect(translators('en')('policy.versionOf', { date: '<1 January 2019>' })).toBe('Version of <1 January 2019>');
	});
});

describe('Intl formatting', () => {
	it('writes dates in the words of each locale, each locale with its own formatter', () => {
		expect(formatDate('2019-01-01', 'nl-NL')).toBe('1 januari 2019');
		expect(formatDate('2019-01-01', 'en-GB')).toBe('1 January 2019');
		expect(formatDate('2024-12-31', 'nl-NL')).toBe('31 december 2024');
	});

	it('names languages and countries in the language of the page', () => {
		expect(languageName('en', 'nl')).toBe('Engels');
		expect(languageName('nl', 'en')).toBe('Dutch');
		expect(regionName('US', 'nl')).toBe('Verenigde Staten');
		expect(regionName('DE', 'en')).toBe('Germany');
	});

	it('writes periods in full words and lists with the locale\'s "and"', () => {
		expect(formatPeriod({ years: 7 }, 'nl')).toBe('7 jaar');
		expect(formatPeriod({ months: 6, days: 1 }, 'en')).toBe('6 months, 1 day');
		expect(formatList(['naam', 'adres', 'e-mailadres'], 'nl')).toBe('naam, adres en e-mailadres');
		expect(formatList(['name', 'address', 'email'], 'en')).toBe('name, address, and email');
	});
});
