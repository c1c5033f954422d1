import { describe, expect, it } from 'vitest';
import { suggestController, suggestRegister } from '../../integration/import/suggest.ts';

/** A Dutch hosting company's statement as sites publish it: a controller block, purposes, and the complaint paragraph with the AP's own address and number. */
const HOSTING: { heading: string; text: string }[] = [
	{
		heading: 'Wie zijn wij',
		text: [
			'Voorbeeld Hosting B.V. is de verwerkingsverantwoordelijke voor de persoonsgegevens die wij verwerken. Wij zijn ingeschreven bij de Kamer van Koophandel onder nummer 12345678.',
			'',
			'Voorbeeld Hosting B.V.',
			'Kanaalweg 12',
			'3526 KL Utrecht',
			'Postbus 1234',
			'3500 BE Utrecht',
			'Telefoon: (030) 123 45 67',
			'E-mail: info@voorbeeldhosting.nl',
			'Voor privacyvragen: privacy@voorbeeldhosting.nl',
			'BTW-nummer: NL 1234.56.789.B01',
		].join('\n'),
	},
	{
		heading: 'Doel: het leveren van hosting',
		text: 'Om uw website te hosten verwerken wij uw naam, e-mailadres en domeinnamen. Wij doen dit op grond van artikel 6 lid 1 sub b AVG: de uitvoering van de overeenkomst met u.',
	},
	{
		heading: 'Facturatie',
		text: 'Wij gebruiken uw factuurgegevens voor het doel van de facturatie. Wij bewaren facturen 7 jaar (fiscale bewaarplicht). Dat is een wettelijke verplichting (art. 6 lid 1 sub c AVG).',
	},
	{
		heading: 'Beveiliging en misbruik',
		text: 'Waarvoor wij logbestanden gebruiken: het opsporen van misbruik. Dat is ons gerechtvaardigd belang. Logbestanden bewaren wij zes weken na uw laatste bezoek, daarna worden zij verwijderd.',
	},
	{
		heading: 'Nieuwsbrief',
		text: 'Met uw toestemming sturen wij u onze nieuwsbrief. Wij bewaren uw e-mailadres tot u zich afmeldt.',
	},
	{
		heading: 'Uw rechten',
		text: [
			'U kunt uw toestemming altijd intrekken. U heeft recht op inzage, correctie en verwijdering van uw gegevens. Wij reageren binnen vier weken.',
			'',
			'Bent u niet tevreden, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens. Wij noemen hun gegevens hier voor uw gemak, zodat u niet hoeft te zoeken: de Autoriteit Persoonsgegevens is bereikbaar via hun website, per brief en telefonisch op werkdagen. Hun adres is Postbus 93374, 2509 AJ Den Haag, telefoon 088 - 1805 250.',
		].join('\n'),
	},
	{ heading: 'Wijzigingen', text: 'Laatst gewijzigd op 24-05-2023.' },
];
const HOSTING_TEXT = HOSTING.map((s) => `${s.heading}\n\n${s.text}`).join('\n\n');

describe('controller facts suggested from an imported statement', () => {
	it('finds every fact of a Dutch hosting statement, normalised, and not the AP’s address or number in its complaint paragraph', () => {
		expect(suggestController(HOSTING_TEXT)).toEqual({
			name: 'Voorbeeld Hosting B.V.',
			address: ['Kanaalweg 12', '3526 KL Utrecht'],
			postalAddress: ['Postbus 1234', '3500 BE Utrecht'],
			email: 'info@voorbeeldhosting.nl',
			privacyEmail: 'privacy@voorbeeldhosting.nl',
			phone: '+31 30 123 45 67',
			kvk: '12345678',
			vat: 'NL123456789B01',
		});
	});

	it('takes no other party’s Postbus or number for the controller’s when the controller gives none', () => {
		const text = HOSTING_TEXT.replace('Postbus 1234\n3500 BE Utrecht\n', '').replace('Telefoon: (030) 123 45 67\n', '');
		expect(text).toContain('Postbus 93374, 2509 AJ Den Haag');
		const facts = suggestController(text);
		expect(facts.postalAddress).toBeUndefined();
		expect(facts.phone).toBeUndefined();
		expect(facts.address).toEqual(['Kanaalweg 12', '3526 KL Utrecht']);
	});

	it('invents nothing: a text without facts suggests none', () => {
		expect(suggestController('Wij gaan zorgvuldig om met uw gegevens. Sinds 25 mei 2018 geldt de AVG.')).toEqual({});
	});

	it.each([
		['KvK-nummer 12345678', '12345678'],
		['KvK: 12.34.56.78', '12345678'],
		['K.v.K. 12 34 56 78', '12345678'],
		['ingeschreven bij de Kamer van Koophandel onder nummer 12345678', '12345678'],
		['Chamber of Commerce (KvK) number: 87654321', '87654321'],
		['KvK-nummer 1234567', undefined],
		['KvK 123456789', undefined],
		['Klantnummer 12345678', undefined],
	])('reads a KvK number from %j', (text, kvk) => {
		expect(suggestController(text).kvk).toBe(kvk);
	});

	it.each([
		['BTW-nummer NL123456789B01', 'NL123456789B01'],
		['btw-id: nl 1234 56 789 b 01', 'NL123456789B01'],
		['BTW-identificatienummer: NL.1234.56.789.B.01', 'NL123456789B01'],
		['VAT number: BE 0123.456.789', 'BE0123456789'],
		['BTW-nummer: NL123456789B01, IBAN NL91 ABNA 0417 1643 00', 'NL123456789B01'],
		['IBAN NL91 ABNA 0417 1643 00', undefined],
		['Wij rekenen 21% btw.', undefined],
		['De btw is 21 procent.', undefined],
		['De BTW is 21 procent. Ons btw-nummer is NL123456789B01.', 'NL123456789B01'],
	])('reads a VAT number from %j', (text, vat) => {
		expect(suggestController(text).vat).toBe(vat);
	});

	it('takes a privacy mailbox as the privacy address only beside a general one, preferring the general one of the same domain', () => {
		expect(suggestController('Mail privacy@voorbeeld.nl.')).toEqual({ email: 'privacy@voorbeeld.nl' });
		expect(suggestController('Mail info@voorbeeld.nl of privacy@voorbeeld.nl.')).toEqual({ email: 'info@voorbeeld.nl', privacyEmail: 'privacy@voorbeeld.nl' });
		expect(suggestController('Betalingen via support@mollie.com. Vragen: AVG@Voorbeeld.nl of info@voorbeeld.nl.')).toEqual({
			email: 'info@voorbeeld.nl',
			privacyEmail: 'AVG@Voorbeeld.nl',
		});
		expect(suggestController('Stuur ons een e-mail.').email).toBeUndefined();
	});

	it.each([
		['Telefoon: +31 (0)30 123 45 67', '+31 30 123 45 67'],
		['+31301234567', '+31 30 123 45 67'],
		['0031 6 12345678', '+31 6 12 34 56 78'],
		['T: 06-12345678', '+31 6 12 34 56 78'],
		['Tel. (0111) 12 34 56', '+31 111 12 34 56'],
		['Bel 088 - 1805 250', '+31 88 180 52 50'],
		['Bel gratis 0800-1234', '0800 1234'],
		['telefoonnummer 0900 123 45 67', '0900 123 45 67'],
		['030 - 123 45 67', '+31 30 123 45 67'],
		['Klantnummer 0301234567', undefined],
		['IBAN NL91 ABNA 0417 1643 00', undefined],
		['Telefoon: +31 30 123', undefined],
		['Telefoon: 030 123 45 678 9', undefined],
	])('reads a Dutch phone number from %j', (text, phone) => {
		expect(suggestController(text).phone).toBe(phone);
	});

	it.each([
		['Kanaalweg 12\n3526 KL Utrecht', ['Kanaalweg 12', '3526 KL Utrecht']],
		['gevestigd aan de Kanaalweg 12a, 3526KL Utrecht.', ['Kanaalweg 12a', '3526 KL Utrecht']],
		['- Laan van Nieuw Oost-Indië 12-14\n- 2593 BM Den Haag', ['Laan van Nieuw Oost-Indië 12-14', '2593 BM Den Haag']],
		["Voorbeeld B.V. Markt 1, 5211 JV 's-Hertogenbosch", ['Markt 1', "5211 JV 's-Hertogenbosch"]],
		['IJsselkade 3, 2902 AA Capelle aan den IJssel', ['IJsselkade 3', '2902 AA Capelle aan den IJssel']],
		['3526 KL Utrecht', undefined],
		['Kanaalweg 12', undefined],
	])('reads a visiting address from %j', (text, address) => {
		expect(suggestController(text).address).toEqual(address);
	});

	it('reads a Postbus as the postal address, and not as the visiting one', () => {
		expect(suggestController('Postbus 1234, 3500 BE Utrecht')).toEqual({ postalAddress: ['Postbus 1234', '3500 BE Utrecht'] });
		expect(suggestController('Antwoordnummer 10\n3500 VB Utrecht').postalAddress).toEqual(['Antwoordnummer 10', '3500 VB Utrecht']);
	});

	it('names the company nearest its KvK number or the sentence saying who is responsible, and no one else', () => {
		expect(suggestController('Wij maken gebruik van Mollie B.V. en Voorbeeld Hosting B.V. KvK 12345678.').name).toBe('Voorbeeld Hosting B.V.');
		expect(suggestController('Stichting Open Voorbeeld is verwerkingsverantwoordelijke.').name).toBe('Stichting Open Voorbeeld');
		expect(suggestController('Wij zijn Jansen Webdesign, een eenmanszaak uit Utrecht.').name).toBe('Jansen Webdesign');
		expect(suggestController('Wij zijn Jan Jansen, handelend onder de naam Jansen Webdesign.').name).toBe('Jansen Webdesign');
		expect(suggestController('De Vries & Zn. N.V. (KvK 12345678)').name).toBe('De Vries & Zn. N.V.');
		// A name with nothing saying it is the controller's could be a processor's.
		expect(suggestController('Betalingen verlopen via Mollie B.V.').name).toBeUndefined();
	});
});

describe('register facts suggested from an imported statement', () => {
	const hints = suggestRegister(HOSTING);

	it('suggests the bases, retention periods and purposes of a Dutch hosting statement, each with the sentence it was found in', () => {
		expect(hints.map((h) => [h.section, h.kind, h.suggestion])).toEqual([
			['Doel: het leveren van hosting', 'purpose', 'purpose: "Doel: het leveren van hosting"'],
			['Doel: het leveren van hosting', 'basis', 'basis: contract'],
			['Facturatie', 'purpose', 'purpose: "Facturatie"'],
			['Facturatie', 'basis', 'basis: legal-obligation'],
			['Facturatie', 'retention', 'retention: { period: { years: 7 } }'],
			['Beveiliging en misbruik', 'purpose', 'purpose: "Beveiliging en misbruik"'],
			['Beveiliging en misbruik', 'basis', 'basis: legitimate-interests'],
			['Beveiliging en misbruik', 'retention', 'retention: { period: { weeks: 6 }, after: "uw laatste bezoek" }'],
			['Nieuwsbrief', 'basis', 'basis: consent'],
		]);
		const hint = (suggestion: string) => hints.find((h) => h.suggestion === suggestion)!.text;
		expect(hint('basis: contract')).toBe('Wij doen dit op grond van artikel 6 lid 1 sub b AVG: de uitvoering van de overeenkomst met u.');
		expect(hint('retention: { period: { years: 7 } }')).toBe('Wij bewaren facturen 7 jaar (fiscale bewaarplicht).');
		expect(hint('purpose: "Facturatie"')).toBe('Wij gebruiken uw factuurgegevens voor het doel van de facturatie.');
		expect(hint('purpose: "Doel: het leveren van hosting"')).toBe('Doel: het leveren van hosting');
	});

	it('quotes only words that stand in the section', () => {
		for (const h of hints) {
			const section = HOSTING.find((s) => s.heading === h.section)!;
			expect(section.heading === h.text || section.text.includes(h.text)).toBe(true);
		}
	});

	it('suggests nothing from the rights section: withdrawing consent, or answering within four weeks, is no basis or retention', () => {
		expect(hints.filter((h) => h.section === 'Uw rechten' || h.section === 'Wie zijn wij' || h.section === 'Wijzigingen')).toEqual([]);
	});

	const basesOf = (text: string) => suggestRegister([{ heading: 'S', text }]).map((h) => h.suggestion);
	it.each([
		['Wij verwerken dit op basis van uw uitdrukkelijke toestemming.', 'basis: consent'],
		['We process this with your consent.', 'basis: consent'],
		['Dit is nodig voor de uitvoering van een overeenkomst.', 'basis: contract'],
		['This is necessary for the performance of a contract.', 'basis: contract'],
		['Wij zijn hiertoe wettelijk verplicht.', 'basis: legal-obligation'],
		['We have a legal obligation to keep this.', 'basis: legal-obligation'],
		['Dit is nodig om vitale belangen te beschermen.', 'basis: vital-interests'],
		['Dit is een taak van algemeen belang.', 'basis: public-task'],
		['Our legitimate interest is network security.', 'basis: legitimate-interests'],
		['On the basis of Art. 6(1)(f) GDPR.', 'basis: legitimate-interests'],
		['Grondslag: artikel 6, eerste lid, onder a AVG.', 'basis: consent'],
	])('reads a basis from %j', (text, suggestion) => {
		expect(basesOf(text)).toEqual([suggestion]);
	});

	it('reads no basis where there is none', () => {
		expect(basesOf('U kunt uw toestemming altijd intrekken. Wij vinden uw privacy belangrijk.')).toEqual([]);
		expect(basesOf('Zonder toestemming delen wij niets.')).toEqual([]);
	});

	it.each([
		['Wij bewaren facturen 7 jaar.', '{ years: 7 }'],
		['Wij bewaren dit zeven jaar.', '{ years: 7 }'],
		['Wij bewaren dit zeven (7) jaar.', '{ years: 7 }'],
		['Gegevens worden na twee maanden verwijderd.', '{ months: 2 }'],
		['We keep analytics data for 13 months.', '{ months: 13 }'],
		['We keep backups for eighteen days.', '{ days: 18 }'],
		['Wij bewaren sollicitaties twintig weken.', '{ weeks: 20 }'],
		['Wij bewaren dit één jaar.', '{ years: 1 }'],
	])('reads a retention period from %j', (text, period) => {
		expect(basesOf(text)).toEqual([`retention: { period: ${period} }`]);
	});

	it('reads the event a period counts from', () => {
		expect(basesOf('Wij bewaren uw gegevens 2 jaar na het einde van de overeenkomst, daarna niet meer.')).toEqual([
			'retention: { period: { years: 2 }, after: "het einde van de overeenkomst" }',
		]);
		expect(basesOf('Logs are deleted 30 days after your last visit.')).toEqual(['retention: { period: { days: 30 }, after: "your last visit" }']);
	});

	it('reads no retention from a length that is not about keeping data, or from an age', () => {
		expect(basesOf('Wij hebben 20 jaar ervaring.')).toEqual([]);
		expect(basesOf('Wij bewaren geen gegevens van kinderen jonger dan 16 jaar.')).toEqual([]);
		expect(basesOf('We do not store data of children under 16 years of age.')).toEqual([]);
		expect(basesOf('We do not store data of anyone 16 years old or younger.')).toEqual([]);
		expect(basesOf('We back up once a week and keep it safe.')).toEqual([]);
	});

	it('calls a section a purpose only when it names one and gives a basis or retention', () => {
		expect(suggestRegister([{ heading: 'Doeleinden', text: 'Wij vinden privacy belangrijk.' }])).toEqual([]);
		expect(suggestRegister([{ heading: 'Purposes', text: 'We use your data on the basis of your consent.' }])[0]).toEqual({
			section: 'Purposes',
			kind: 'purpose',
			text: 'Purposes',
			suggestion: 'purpose: "Purposes"',
		});
		expect(suggestRegister([{ heading: 'Cookies', text: 'Wij plaatsen cookies met uw toestemming.' }]).map((h) => h.kind)).toEqual(['basis']);
	});

	it('suggests each fact once per section, from the first sentence that gives it', () => {
		const found = suggestRegister([
			{ heading: 'A', text: 'Op grond van uw toestemming. Nogmaals: op grond van uw toestemming, art. 6 lid 1 sub a AVG.' },
			{ heading: 'B', text: 'Met uw toestemming.' },
		]);
		expect(found.map((h) => [h.section, h.text])).toEqual([
			['A', 'Op grond van uw toestemming.'],
			['B', 'Met uw toestemming.'],
		]);
	});
});
