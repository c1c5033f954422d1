import { describe, expect, it } from 'vitest';
import { findVersionDate } from '../../integration/import/dates.ts';

describe('the version date an imported statement states', () => {
	it.each([
		['Laatste aanpassing: 1 januari 2019', '2019-01-01'],
		['laatst gewijzigd op 24-05-2018', '2018-05-24'],
		['Deze privacyverklaring is voor het laatst aangepast op 3 maart 2021.', '2021-03-03'],
		['Bijgewerkt: 24.05.2018', '2018-05-24'],
		['Laatst bijgewerkt: 3/3/2021', '2021-03-03'],
		['Versie: 12-04-2022', '2022-04-12'],
		['Versiedatum 2021-03-03', '2021-03-03'],
		['Laatste wijziging: 7 okt. 2020', '2020-10-07'],
		['3 mrt. 2021 (laatst gewijzigd)', '2021-03-03'],
		['Last updated: March 3, 2021', '2021-03-03'],
		['Last modified 3 March 2021', '2021-03-03'],
		['Last updated: Sept. 3rd, 2021', '2021-09-03'],
		['This policy was last revised on the 1st of Feb 2023.', '2023-02-01'],
		['Version date: 2021-03-03', '2021-03-03'],
	])('reads a named day: %s', (text, date) => {
		expect(findVersionDate(text)).toEqual({ date, sentence: text, precision: 'day' });
	});

	it.each([
		['versie 2.1, mei 2020', '2020-05-01'],
		['Versie 3 – MAART 2022', '2022-03-01'],
		['Version 2.3, Nov 2019', '2019-11-01'],
	])('takes a month alone as its 1st, and says the day is not the statement’s: %s', (text, date) => {
		expect(findVersionDate(text)).toEqual({ date, sentence: text, precision: 'month' });
	});

	it('quotes the sentence that states the date, exactly, from inside a paragraph and across a hard line break', () => {
		const text = 'Wij passen deze verklaring soms aan. Deze privacyverklaring is voor het laatst\naangepast op 3 maart 2021. Kijk dus af en toe.';
		expect(findVersionDate(text)).toEqual({
			date: '2021-03-03',
			sentence: 'Deze privacyverklaring is voor het laatst\naangepast op 3 maart 2021.',
			precision: 'day',
		});
		const found = findVersionDate('# Privacyverklaring\n\nLaatste aanpassing: 1 januari 2019\n\nVoorbeeld B.V. verwerkt persoonsgegevens.');
		expect(found?.sentence).toBe('Laatste aanpassing: 1 januari 2019');
	});

	it('takes no date from the body: one without words saying the statement changed is no version date', () => {
		expect(findVersionDate('Sinds 25 mei 2018 geldt de AVG.')).toBeUndefined();
		expect(findVersionDate('The GDPR applies since 25 May 2018. We keep invoices until 31-12-2030.')).toBeUndefined();
		expect(findVersionDate('2021-03-03')).toBeUndefined();
		// Changing words in a sentence of their own do not reach a date in the next.
		expect(findVersionDate('Wij hebben deze verklaring bijgewerkt.\nSinds 25 mei 2018 geldt de AVG.')).toBeUndefined();
		// A date far behind the words, or before them with more than punctuation between, belongs to something else.
		expect(findVersionDate('Laatst gewijzigd omdat de wet die wij hier uitgebreid bespreken sinds 25 mei 2018 geldt.')).toBeUndefined();
		expect(findVersionDate('Op 25 mei 2018 is de AVG ingegaan en daarom laatst gewijzigd.')).toBeUndefined();
	});

	it('prefers the date on the changed line over a body date in the same text', () => {
		const text = 'Sinds 25 mei 2018 geldt de AVG.\n\nWij verwerken gegevens sinds 1 januari 2010.\n\nLaatst gewijzigd op 24-05-2019';
		expect(findVersionDate(text)).toEqual({ date: '2019-05-24', sentence: 'Laatst gewijzigd op 24-05-2019', precision: 'day' });
		const same = 'Sinds 25 mei 2018 geldt de AVG en deze verklaring is voor het laatst aangepast op 3 maart 2021.';
		expect(findVersionDate(same)?.date).toBe('2021-03-03');
	});

	it('takes the latest date of a version history, and a named day over a month alone', () => {
		const history = 'Versie 1.0 – 25 mei 2018\nVersie 2.0 – 1 januari 2021\nVersie 1.1 – 3 maart 2019';
		expect(findVersionDate(history)).toEqual({ date: '2021-01-01', sentence: 'Versie 2.0 – 1 januari 2021', precision: 'day' });
		expect(findVersionDate('Versie: mei 2020\nLaatst gewijzigd: 1 mei 2020')).toEqual({
			date: '2020-05-01',
			sentence: 'Laatst gewijzigd: 1 mei 2020',
			precision: 'day',
		});
	});

	it('refuses impossible dates, and a version number is no day', () => {
		expect(findVersionDate('laatst gewijzigd op 31-02-2020')).toBeUndefined();
		expect(findVersionDate('Last updated: February 30, 2021')).toBeUndefined();
		expect(findVersionDate('Versie: 2021-13-01')).toBeUndefined();
		expect(findVersionDate('Laatste aanpassing: 29 februari 2021')).toBeUndefined();
		expect(findVersionDate('Laatste aanpassing: 29 februari 2020')?.date).toBe('2020-02-29');
		// `2.1 mei` is version 2.1 of May, not the 1st of May.
		expect(findVersionDate('versie 2.1 mei 2020')?.precision).toBe('month');
	});

	it('reads month names the same whatever the machine’s locale and time zone', () => {
		// The tests run in tr_TR, where a dotless ı lower-cases differently, and in a half-hour time zone.
		expect(findVersionDate('LAST UPDATED: APRIL 1, 2021')?.date).toBe('2021-04-01');
		expect(findVersionDate('Laatst gewijzigd op 1 januari 2020')?.date).toBe('2020-01-01');
	});
});
