import { describe, expect, it } from 'vitest';
import { formatDate } from '../../integration/i18n/translator.ts';

// `npm test` runs west of Greenwich, at an offset of hours and a half, in a Turkish locale: a date
// computed in local time, or text sorted or cased by the machine's locale, shows up here.
describe('the test environment', () => {
	it('is not UTC and not English, so date and locale bugs cannot hide', () => {
		expect(new Date(0).getTimezoneOffset(), 'run the tests with `npm test`, which sets TZ and LANG').toBe(210);
		expect(new Intl.DateTimeFormat().resolvedOptions().locale, 'run the tests with `npm test`').toBe('tr-TR');
	});

	it('prints a version date as the day it is, wherever the build runs', () => {
		expect(formatDate('2025-01-01', 'nl')).toBe('1 januari 2025');
		expect(formatDate('2024-02-29', 'en-GB')).toBe('29 February 2024');
	});
});
