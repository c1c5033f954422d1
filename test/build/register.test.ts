import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../policy-schema.ts';
import { buildError, buildFixture } from './fixture.ts';

/** The facts of the purpose `invoices` in each language: the same terms, the free text translated. */
const facts = (years: number) => ({
	nl: {
		category: 'payment-management',
		data: ['name', 'address', 'billing'],
		basis: 'legal-obligation',
		retention: { period: { years }, after: 'het einde van het boekjaar' },
		recipients: [{ name: 'Moneybird B.V.', role: 'processor' }],
		transfers: [{ country: 'US', recipient: 'Mailgun Inc.', safeguard: 'scc' }],
	},
	en: {
		category: 'payment-management',
		data: ['name', 'address', 'billing'],
		basis: 'legal-obligation',
		retention: { period: { years }, after: 'the end of the financial year' },
		recipients: [{ name: 'Moneybird B.V.', role: 'processor' }],
		transfers: [{ country: 'US', recipient: 'Mailgun Inc.', safeguard: 'scc' }],
	},
});

/** The fixture, not strict, with versions that add a purpose with register facts (2032) and lengthen its retention (2033). */
const withRegister = (strict: boolean, invoices: (locale: 'nl' | 'en') => object) => (root: string) => {
	const config = join(root, 'astro.config.mjs');
	writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', `strict: ${strict},`));
	const clause = (locale: string, id: string, version: string, frontmatter: object, text: string) => {
		mkdirSync(join(root, `content/privacy/${locale}/${id}`), { recursive: true });
		writeFileSync(join(root, `content/privacy/${locale}/${id}/${version}.mdx`), `---\n${JSON.stringify(frontmatter)}\n---\n\n${text}\n`);
	};
	for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', file));
	writeFileSync(join(root, 'content/privacy/versions/2032-01-01.yaml'), 'summary:\n  nl: Facturen.\n  en: Invoices.\n');
	for (const locale of ['nl', 'en'] as const) {
		clause(
			locale,
			'invoices',
			'2032-01-01',
			{ title: locale === 'nl' ? 'Facturen' : 'Invoices', order: 30, processing: invoices(locale) },
			locale === 'nl' ? 'We sturen facturen.' : 'We send invoices.',
		);
		clause(
			locale,
			'rights',
			'2032-01-01',
			{ title: locale === 'nl' ? 'Uw rechten' : 'Your rights', order: 40, covers: ['rights', 'complaint'] },
			locale === 'nl' ? 'U mag klagen bij de Autoriteit Persoonsgegevens.' : 'You may complain to the Autoriteit Persoonsgegevens.',
		);
	}
};

describe('the processing register', () => {
	it("shows each purpose's facts and an overview in both languages, exports them, and redlines a changed fact", async () => {
		const site = await buildFixture('basic', {
			buildDate: '2034-01-01',
			edit: (root) => {
				withRegister(false, (locale) => facts(7)[locale])(root);
				writeFileSync(join(root, 'content/privacy/versions/2033-01-01.yaml'), 'summary:\n  nl: Langer bewaren.\n  en: Kept longer.\n');
				for (const locale of ['nl', 'en'] as const) {
					writeFileSync(
						join(root, `content/privacy/${locale}/invoices/2033-01-01.mdx`),
						`---\n${JSON.stringify({ title: locale === 'nl' ? 'Facturen' : 'Invoices', order: 30, processing: facts(10)[locale] })}\n---\n\n${locale === 'nl' ? 'We sturen facturen.' : 'We send invoices.'}\n`,
					);
				}
			},
		});
		const nl = site.read('privacy/2032-01-01/index.html');
		expect(nl).toContain(
			'<dl class="policy-facts"><dt>Gegevens</dt><dd>naam, adres en bestellingen en facturen</dd><dt>Grondslag</dt><dd>Wettelijke verplichting (art. 6 lid 1 sub c AVG)</dd><dt>Bewaartermijn</dt><dd>7 jaar na het einde van het boekjaar</dd><dt>Ontvangers</dt><dd>Moneybird B.V. (verwerker)</dd><dt>Doorgifte buiten de EER</dt><dd>Mailgun Inc., Verenigde Staten, modelcontractbepalingen</dd></dl>',
		);
		expect(nl).toMatch(
			/<section class="policy-register" aria-labelledby="policy-register"><h2 id="policy-register">Overzicht van wat we verwerken<\/h2><table><thead><tr><th scope="col">Doel<\/th>.*<tbody><tr><th scope="row"><a href="#invoices">Facturen<\/a><\/th><td data-label="Gegevens">naam, adres en bestellingen en facturen<\/td><td data-label="Grondslag">Wettelijke verplichting \(art. 6 lid 1 sub c AVG\)<\/td><td data-label="Bewaartermijn">7 jaar na het einde van het boekjaar<\/td><\/tr><\/tbody><\/table><\/section>/,
		);
		const en = site.read('en/privacy/2032-01-01/index.html');
		expect(en).toContain('<dd>Legal obligation (Art. 6(1)(c) GDPR)</dd><dt>Retention period</dt><dd>7 years after the end of the financial year</dd>');
		expect(en).toContain('<dd>Mailgun Inc., United States, standard contractual clauses</dd>');

		// The later version's redline compares the facts like text.
		const redline = site.read('privacy/changes/2033-01-01/index.html');
		expect(redline).toContain(
			'<dt>Bewaartermijn</dt><dd><del><span class="visually-hidden">verwijderd: </span>7</del><ins><span class="visually-hidden">toegevoegd: </span>10</ins> jaar na het einde van het boekjaar</dd>',
		);

		// JSON-LD: the purpose in DPV terms.
		const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(site.read('en/privacy/2033-01-01/index.html'))![1]!);
		expect(ld.about).toEqual([
			expect.objectContaining({
				url: 'https://fixture.example/en/privacy/2033-01-01/#invoices',
				'dpv:hasPurpose': { '@type': 'dpv:PaymentManagement', name: 'Invoices' },
				'dpv:hasLegalBasis': { '@id': 'eu-gdpr:A6-1-c' },
				'dpv:hasPersonalData': [{ '@id': 'pd:Name' }, { '@id': 'pd:PhysicalAddress' }, { '@id': 'pd:Financial' }],
			}),
		]);

		// policy.json: valid against the published JSON Schema, with the fixture's facts and the page's fingerprint.
		const json = JSON.parse(site.read('privacy/policy.json'));
		expect(schemaErrors(json)).toEqual([]);
		const latest = json.versions.find((v: { id: string }) => v.id === '2033-01-01');
		expect(latest.clauses.find((c: { id: string }) => c.id === 'invoices').processing).toEqual(facts(10));
		expect(site.read('privacy/2033-01-01/index.html')).toContain(latest.fingerprint);
		expect(json.versions.map((v: { id: string; status: string }) => `${v.id} ${v.status}`)).toEqual([
			'2020-01-01 earlier',
			'2022-01-01 earlier',
			'2030-01-01 earlier',
			'2032-01-01 earlier',
			'2033-01-01 current',
		]);
	});

	it('a strict build lists what a version lacks: here, how to withdraw consent', async () => {
		const consent = (locale: 'nl' | 'en') => ({ ...facts(7)[locale], basis: 'consent' });
		const error = await buildError('basic', { buildDate: '2034-01-01', edit: withRegister(true, consent) });
		expect(error.message).toContain(
			'- **content/privacy/nl/invoices/2032-01-01.mdx** (field `processing.withdraw`): purpose `invoices` rests on consent but does not say how to withdraw it (GDPR Art. 13(2)(c)).',
		);
		expect(error.hint).toContain('Add `withdraw:` under `processing`');
		expect(error.site.exists('.')).toBe(false);
	});
});
