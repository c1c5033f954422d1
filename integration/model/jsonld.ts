import type { Controller, Processing } from './types.ts';
import { DATA_CATEGORIES, LEGAL_BASES, PURPOSE_CATEGORIES } from './vocabulary.ts';
import { legalBases } from './schema/processing.ts';

/** One purpose as a page shows it: its title, its anchor URL and its facts. */
export interface PurposeOnPage {
	title: string;
	url: string;
	facts: Processing;
}

/**
 * What a search engine or an archive reads from a version page: schema.org's description of the statement
 * (its `url` is the page's canonical URL), and each purpose of processing in W3C DPV terms. `label`
 * names a data category DPV has no term for, in the page's language.
 */
export function statementJsonLd(page: {
	title: string;
	lang: string;
	version: string;
	firstPublished: string;
	controller: Controller;
	purposes: PurposeOnPage[];
	label: (category: string) => string;
}) {
	const controller = { '@type': ['Organization', 'dpv:DataController'], name: page.controller.name };
	return {
		'@context': ['https://schema.org', { dpv: 'https://w3id.org/dpv#', 'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#', pd: 'https://w3id.org/dpv/pd#' }],
		'@type': 'WebPage',
		name: page.title,
		inLanguage: page.lang,
		version: page.version,
		datePublished: page.firstPublished,
		dateModified: page.version,
		publisher: { '@type': 'Organization', name: page.controller.name },
		...(page.purposes.length > 0 ? { about: page.purposes.map((purpose) => handling(purpose, controller, page.label)) } : {}),
	};
}

function handling({ title, url, facts }: PurposeOnPage, controller: object, label: (category: string) => string) {
	return {
		'@type': 'dpv:PersonalDataHandling',
		url,
		'dpv:hasPurpose': { '@type': facts.category ? PURPOSE_CATEGORIES[facts.category] : 'dpv:Purpose', name: title },
		...legalBasisOf(facts),
		'dpv:hasPersonalData': [
			...(facts.data ?? []).map((key) => (DATA_CATEGORIES[key] ? { '@id': DATA_CATEGORIES[key] } : { '@type': 'dpv:PersonalData', name: label(key) })),
			...(facts.otherData ?? []).map((name) => ({ '@type': 'dpv:PersonalData', name })),
		],
		'dpv:hasDataController': controller,
		...(facts.recipients
			? { 'dpv:hasRecipient': facts.recipients.map((r) => ({ '@type': r.role === 'processor' ? 'dpv:DataProcessor' : 'dpv:Recipient', name: r.name })) }
			: {}),
	};
}

/** One `dpv:hasLegalBasis` per basis: a node for one, a list for several. */
function legalBasisOf(facts: Processing) {
	const ids = legalBases(facts).map(({ basis }) => ({ '@id': LEGAL_BASES[basis] }));
	return ids.length === 0 ? {} : { 'dpv:hasLegalBasis': ids.length === 1 ? ids[0] : ids };
}

/**
 * JSON to put inside a `<script>` element: `<` is escaped, so no string in it (a title with `</script>`)
 * can end the element early.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}
