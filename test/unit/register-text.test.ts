import { describe, expect, it, vi } from 'vitest';
import { factText, registerRows, registerText } from '../../integration/i18n/register.ts';
import { useLocale } from '../../integration/i18n/runtime.ts';
import type { Processing } from '../../integration/model/types.ts';

vi.mock('virtual:astro-privacy/config', async () => ({ default: { strings: (await import('../../integration/i18n/strings.ts')).bundledStrings } }));

/** The invoicing purpose of a Dutch hosting company: two bases, a retention after an event, two recipients. */
const invoicing: Processing = {
	data: ['name', 'billing'],
	otherData: ['uw btw-nummer'],
	basis: [{ basis: 'contract' }, { basis: 'legal-obligation', law: 'art. 52 AWR' }],
	retention: { period: { years: 7 }, after: 'het einde van het boekjaar' },
	recipients: [
		{ name: 'Moneybird B.V.', role: 'processor' },
		{ name: 'onze accountant', role: 'controller' },
	],
	requirement: { by: 'law' },
};

describe('registerRows', () => {
	it('gives each fact the purpose has with its label, in the order of the facts list, a value per recipient', () => {
		expect(registerRows(useLocale('nl'), invoicing)).toEqual([
			{ label: 'Gegevens', values: ['naam, bestellingen en facturen en uw btw-nummer'] },
			{
				label: 'Grondslag',
				values: ['Uitvoering van een overeenkomst (art. 6 lid 1 sub b AVG); Wettelijke verplichting (art. 6 lid 1 sub c AVG; art. 52 AWR)'],
			},
			{ label: 'Bewaartermijn', values: ['7 jaar na het einde van het boekjaar'] },
			{ label: 'Ontvangers', values: ['Moneybird B.V. (verwerker)', 'onze accountant (zelfstandig verwerkingsverantwoordelijke)'] },
			{ label: 'Bent u verplicht de gegevens te geven?', values: ['Wettelijk verplicht'] },
		]);
	});

	it("leaves out what the facts do not give, labels in the kit's language and free text as written", () => {
		expect(registerRows(useLocale('en'), { data: ['ip-address'], interest: 'Een veilig netwerk.', recipients: [] })).toEqual([
			{ label: 'Personal data', values: ['IP address'] },
			{ label: 'Our legitimate interest', values: ['Een veilig netwerk.'] },
		]);
	});
});

describe('factText', () => {
	it('words each fact inside a sentence as the register words it, the bases by name with their law', () => {
		const nl = useLocale('nl');
		expect(factText(nl, invoicing, 'data')).toBe(registerText(nl, invoicing).data);
		expect(factText(nl, invoicing, 'retention')).toBe('7 jaar na het einde van het boekjaar');
		expect(factText(nl, invoicing, 'retention')).toBe(registerText(nl, invoicing).retention);
		expect(factText(nl, invoicing, 'bases')).toBe('uitvoering van een overeenkomst en wettelijke verplichting (art. 52 AWR)');
		expect(factText(nl, invoicing, 'recipients')).toBe('Moneybird B.V. (verwerker) en onze accountant (zelfstandig verwerkingsverantwoordelijke)');
		expect(factText(useLocale('en'), { data: ['ip-address'], basis: 'legitimate-interests', retention: { period: { weeks: 6 } } }, 'bases')).toBe(
			'legitimate interests',
		);
		expect(factText(useLocale('en'), { data: ['ip-address'], retention: { period: { weeks: 6 } } }, 'retention')).toBe('6 weeks');
	});

	it('gives no words for a fact the purpose lacks', () => {
		expect(factText(useLocale('nl'), { data: ['name'] }, 'retention')).toBeUndefined();
	});

	it('shares the names of the bases with the register, which begins each with a capital', () => {
		expect(registerText(useLocale('en'), { data: ['name'], basis: 'consent' }).basis).toBe('Consent (Art. 6(1)(a) GDPR)');
		expect(registerText(useLocale('nl'), invoicing).basis).toMatch(/^Uitvoering van een overeenkomst .*; Wettelijke verplichting /);
	});
});
