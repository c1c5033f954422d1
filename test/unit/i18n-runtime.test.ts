import { describe, expect, it, vi } from 'vitest';
import { registerText } from '../../integration/i18n/register.ts';
import type { Processing } from '../../integration/model/types.ts';

// The strings a site's config resolves to: the bundled sets, and a locale of the site's own that dates the American way.
vi.mock('virtual:astro-privacy/config', async () => {
	const { bundledStrings } = await import('../../integration/i18n/strings.ts');
	return { default: { strings: { ...bundledStrings, 'en-US': { ...bundledStrings.en, 'date.locale': 'en-US', 'toc.title': 'Table of contents' } } } };
});

// Every translation and date formatting the kits ask for, to see what they keep.
const asked = vi.hoisted(() => ({ translations: [] as string[], dates: [] as string[] }));
vi.mock('../../integration/i18n/translator.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../integration/i18n/translator.ts')>();
	return {
		...real,
		createTranslators: (strings: Parameters<typeof real.createTranslators>[0]) => {
			const translators = real.createTranslators(strings);
			return (locale: string) => {
				const translate = translators(locale);
				return ((key: string, options?: object) => {
					asked.translations.push(`${locale} ${key}`);
					return translate(key, options as never);
				}) as unknown as typeof translate;
			};
		},
		formatDate: (isoDate: string, locale: string) => {
			asked.dates.push(`${isoDate} ${locale}`);
			return real.formatDate(isoDate, locale);
		},
	};
});

/**
 * `useLocale` of a fresh copy of the runtime, as a new build starts with: no kit made and nothing asked yet,
 * so what a test sees does not depend on the tests before it.
 */
let copies = 0;
async function freshRuntime() {
	asked.translations.length = 0;
	asked.dates.length = 0;
	// A copy of this module only: re-importing everything would run all module code inside the test.
	const runtime = (await import(/* @vite-ignore */ `../../integration/i18n/runtime.ts?copy=${++copies}`)) as typeof import('../../integration/i18n/runtime.ts');
	return runtime.useLocale;
}

describe('useLocale', () => {
	it('gives one kit per locale for the whole build', async () => {
		const useLocale = await freshRuntime();
		expect(useLocale('nl')).toBe(useLocale('nl'));
		expect(useLocale('en')).not.toBe(useLocale('nl'));
		expect(useLocale('nl').locale).toBe('nl');
		expect(useLocale('en').locale).toBe('en');
	});

	it("translates in the kit's locale, with values filled in", async () => {
		const useLocale = await freshRuntime();
		expect(useLocale('nl').t('toc.title')).toBe('Inhoud');
		expect(useLocale('en').t('toc.title')).toBe('Contents');
		expect(useLocale('en-US').t('toc.title')).toBe('Table of contents');
		expect(useLocale('nl').t('feed.title', { title: 'Privacyverklaring' })).toBe('Privacyverklaring: wijzigingen');
		expect(useLocale('en').t('feed.title', { title: 'Privacy statement' })).toBe('Privacy statement: changes');
	});

	it('asks i18next once per plain string, and each time for a string with values', async () => {
		const useLocale = await freshRuntime();
		const kit = useLocale('nl');
		expect([kit.t('version.nav'), kit.t('version.nav'), kit.t('version.nav')]).toEqual(['Versies', 'Versies', 'Versies']);
		expect(asked.translations).toEqual(['nl version.nav']);
		kit.t('feed.title', { title: 'A' });
		expect(kit.t('feed.title', { title: 'B' })).toBe('B: wijzigingen');
		expect(asked.translations).toEqual(['nl version.nav', 'nl feed.title', 'nl feed.title']);
	});

	it('tells whether the strings of its locale have a key', async () => {
		const useLocale = await freshRuntime();
		expect(useLocale('nl').has('descriptions.privacy')).toBe(true);
		expect(useLocale('nl').has('descriptions.newsletter')).toBe(false);
		// A locale without strings has none, and asking is no error.
		expect(useLocale('de').has('toc.title')).toBe(false);
	});

	it('writes dates in the words of the locale its strings name, English the European way, each date once', async () => {
		const useLocale = await freshRuntime();
		expect(useLocale('nl').date('2019-01-01')).toBe('1 januari 2019');
		expect(useLocale('en').date('2019-01-01')).toBe('1 January 2019');
		expect(useLocale('en-US').date('2019-01-01')).toBe('January 1, 2019');
		expect(useLocale('nl').date('2024-12-31')).toBe('31 december 2024');
		expect(useLocale('nl').date('2019-01-01')).toBe('1 januari 2019');
		expect(asked.dates).toEqual(['2019-01-01 nl-NL', '2019-01-01 en-GB', '2019-01-01 en-US', '2024-12-31 nl-NL']);
	});

	it('names languages and countries, and writes periods and lists, in its locale', async () => {
		const useLocale = await freshRuntime();
		const nl = useLocale('nl');
		expect(nl.language('en')).toBe('Engels');
		expect(nl.region('US')).toBe('Verenigde Staten');
		expect(nl.period({ years: 7 })).toBe('7 jaar');
		expect(nl.list(['naam', 'adres', 'e-mailadres'])).toBe('naam, adres en e-mailadres');
		const en = useLocale('en');
		expect(en.language('nl')).toBe('Dutch');
		expect(en.region('DE')).toBe('Germany');
		expect(en.period({ months: 6 })).toBe('6 months');
		expect(en.list(['name', 'address'])).toBe('name and address');
	});
});

describe('registerText', () => {
	const facts = (fields: Partial<Processing> = {}): Processing => ({ data: ['name'], ...fields });

	it('lists the categories of data in words, then the data no category covers', async () => {
		const useLocale = await freshRuntime();
		expect(registerText(useLocale('nl'), facts({ data: ['name', 'email'], otherData: ['de domeinnamen die u registreert'] })).data).toBe(
			'naam, e-mailadres en de domeinnamen die u registreert',
		);
		expect(registerText(useLocale('en'), facts({ data: ['name', 'email'] })).data).toBe('name and e-mail address');
	});

	it('names the basis with its letter of Art. 6(1)', async () => {
		const useLocale = await freshRuntime();
		const basis = (b: NonNullable<Processing['basis']>) => registerText(useLocale('en'), facts({ basis: b })).basis;
		expect(basis('consent')).toBe('Consent (Art. 6(1)(a) GDPR)');
		expect(basis('contract')).toBe('Performance of a contract (Art. 6(1)(b) GDPR)');
		expect(basis('legal-obligation')).toBe('Legal obligation (Art. 6(1)(c) GDPR)');
		expect(basis('vital-interests')).toBe('Vital interests (Art. 6(1)(d) GDPR)');
		expect(basis('public-task')).toBe('Public task (Art. 6(1)(e) GDPR)');
		expect(basis('legitimate-interests')).toBe('Legitimate interests (Art. 6(1)(f) GDPR)');
		expect(registerText(useLocale('nl'), facts({ basis: 'legal-obligation' })).basis).toBe('Wettelijke verplichting (art. 6 lid 1 sub c AVG)');
	});

	it('names several bases in order, each with its law and what it covers where that differs', async () => {
		const useLocale = await freshRuntime();
		const basis: Processing['basis'] = [
			{ basis: 'contract' },
			{ basis: 'legal-obligation', data: ['billing'], retention: { period: { years: 7 } }, law: 'art. 52 AWR' },
		];
		expect(registerText(useLocale('nl'), facts({ basis })).basis).toBe(
			'Uitvoering van een overeenkomst (art. 6 lid 1 sub b AVG); Wettelijke verplichting (art. 6 lid 1 sub c AVG; art. 52 AWR): bestellingen en facturen, 7 jaar',
		);
		expect(registerText(useLocale('en'), facts({ basis: [{ basis: 'consent', retention: { criteria: 'Until you unsubscribe.' } }] })).basis).toBe(
			'Consent (Art. 6(1)(a) GDPR): Until you unsubscribe.',
		);
	});

	it('gives the retention as a period, a period after an event, or the criteria as written', async () => {
		const useLocale = await freshRuntime();
		const retention = (r: Processing['retention']) => registerText(useLocale('nl'), facts({ retention: r })).retention;
		expect(retention({ period: { years: 7 } })).toBe('7 jaar');
		expect(retention({ period: { years: 7 }, after: 'het einde van het boekjaar' })).toBe('7 jaar na het einde van het boekjaar');
		expect(retention({ criteria: 'Tot het incident is afgehandeld.' })).toBe('Tot het incident is afgehandeld.');
	});

	it('gives each recipient with its role, and each transfer with its country and safeguard when known', async () => {
		const useLocale = await freshRuntime();
		const text = registerText(
			useLocale('nl'),
			facts({
				recipients: [
					{ name: 'Moneybird B.V.', role: 'processor' },
					{ name: 'de Belastingdienst', role: 'authority' },
				],
				transfers: [{ country: 'US', recipient: 'Mailgun Technologies Inc.', safeguard: 'scc' }, { country: 'CH' }],
			}),
		);
		expect(text.recipients).toEqual(['Moneybird B.V. (verwerker)', 'de Belastingdienst (overheidsinstantie)']);
		expect(text.transfers).toEqual(['Mailgun Technologies Inc., Verenigde Staten, modelcontractbepalingen', 'Zwitserland']);
	});

	it('says who requires the data and, when given, what follows without it', async () => {
		const useLocale = await freshRuntime();
		const requirement = (r: Processing['requirement']) => registerText(useLocale('nl'), facts({ requirement: r })).requirement;
		expect(requirement({ by: 'law', consequence: 'Zonder deze gegevens kunnen we geen factuur sturen' })).toBe(
			'Wettelijk verplicht. Zonder deze gegevens kunnen we geen factuur sturen',
		);
		expect(requirement({ by: 'not-required' })).toBe('Niet verplicht');
	});

	it('leaves out what the facts do not give, so the page can say "not stated"', async () => {
		const useLocale = await freshRuntime();
		const text = registerText(useLocale('nl'), facts());
		expect(text).toEqual({ data: 'naam', basis: undefined, retention: undefined, recipients: undefined, transfers: undefined, requirement: undefined });
	});
});
