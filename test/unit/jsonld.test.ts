import { describe, expect, it } from 'vitest';
import { jsonForScript, statementJsonLd } from '../../integration/model/jsonld.ts';

const page = {
	title: 'Privacyverklaring',
	lang: 'nl',
	version: '2022-01-01',
	firstPublished: '2020-01-01',
	controller: { name: 'Testhost B.V.', email: 'privacy@testhost.example', address: ['Teststraat 1'] },
	purposes: [],
	label: (key: string) => `label ${key}`,
};

describe('JSON-LD', () => {
	it('cannot end its <script> early, whatever a title says', () => {
		const json = jsonForScript({ name: 'Privacy</script><script>alert(1)</script>' });
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual({ name: 'Privacy</script><script>alert(1)</script>' });
	});

	it('describes a version page: published since the first version, modified in the one shown', () => {
		const data = statementJsonLd(page);
		expect(data).toEqual({
			'@context': ['https://schema.org', { dpv: 'https://w3id.org/dpv#', 'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#', pd: 'https://w3id.org/dpv/pd#' }],
			'@type': 'WebPage',
			name: 'Privacyverklaring',
			inLanguage: 'nl',
			version: '2022-01-01',
			datePublished: '2020-01-01',
			dateModified: '2022-01-01',
			publisher: { '@type': 'Organization', name: 'Testhost B.V.' },
		});
		expect(data).not.toHaveProperty('about');
	});

	it('gives one dpv:hasLegalBasis per basis', () => {
		const facts = { data: ['billing' as const], basis: [{ basis: 'contract' as const }, { basis: 'legal-obligation' as const, law: 'art. 52 AWR' }] };
		const data = statementJsonLd({ ...page, purposes: [{ title: 'Facturen', url: 'https://example.nl/privacy/#invoices', facts }] });
		expect((data.about as Record<string, unknown>[])[0]!['dpv:hasLegalBasis']).toEqual([{ '@id': 'eu-gdpr:A6-1-b' }, { '@id': 'eu-gdpr:A6-1-c' }]);
	});

	it('describes each purpose in DPV terms: purpose, legal basis, data, controller and recipients', () => {
		const facts = {
			category: 'payment-management' as const,
			data: ['name' as const, 'correspondence' as const],
			otherData: ['kenteken'],
			basis: 'legal-obligation' as const,
			recipients: [
				{ name: 'Moneybird B.V.', role: 'processor' as const },
				{ name: 'Belastingdienst', role: 'authority' as const },
			],
		};
		const data = statementJsonLd({
			...page,
			purposes: [
				{ title: 'Facturen', url: 'https://example.nl/privacy/#invoices', facts },
				{ title: 'Support', url: 'https://example.nl/privacy/#support', facts: { data: ['email' as const], basis: 'consent' as const } },
			],
		});
		expect(data.about).toEqual([
			{
				'@type': 'dpv:PersonalDataHandling',
				url: 'https://example.nl/privacy/#invoices',
				'dpv:hasPurpose': { '@type': 'dpv:PaymentManagement', name: 'Facturen' },
				'dpv:hasLegalBasis': { '@id': 'eu-gdpr:A6-1-c' },
				'dpv:hasPersonalData': [
					{ '@id': 'pd:Name' },
					{ '@type': 'dpv:PersonalData', name: 'label correspondence' },
					{ '@type': 'dpv:PersonalData', name: 'kenteken' },
				],
				'dpv:hasDataController': { '@type': ['Organization', 'dpv:DataController'], name: 'Testhost B.V.' },
				'dpv:hasRecipient': [
					{ '@type': 'dpv:DataProcessor', name: 'Moneybird B.V.' },
					{ '@type': 'dpv:Recipient', name: 'Belastingdienst' },
				],
			},
			{
				'@type': 'dpv:PersonalDataHandling',
				url: 'https://example.nl/privacy/#support',
				'dpv:hasPurpose': { '@type': 'dpv:Purpose', name: 'Support' },
				'dpv:hasLegalBasis': { '@id': 'eu-gdpr:A6-1-a' },
				'dpv:hasPersonalData': [{ '@id': 'pd:EmailAddress' }],
				'dpv:hasDataController': { '@type': ['Organization', 'dpv:DataController'], name: 'Testhost B.V.' },
			},
		]);
		expect(data['@context']).toContainEqual(expect.objectContaining({ dpv: 'https://w3id.org/dpv#', 'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#' }));
	});
});
