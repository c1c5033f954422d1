import type { Controller, RevisionRecord, VersionRecord } from '../../integration/model/types.ts';

/** The `controller` option of the test statements. */
export const facts: Controller = { name: 'Testhost B.V.', address: ['Teststraat 1', '1234 AB Amsterdam'], email: 'privacy@testhost.example', kvk: '12345678' };

/** Timeline options: built on 1 January 2025, Dutch first. */
export const timelineOptions = { buildDate: '2025-01-01', includeDrafts: false, defaultLocale: 'nl', controller: facts };

/** Small builders so each test states only what matters to it. */
export function version(id: string, extra: Partial<VersionRecord> = {}): VersionRecord {
	return {
		statement: 'privacy',
		id,
		summary: { nl: `nl ${id}`, en: `en ${id}` },
		draft: false,
		material: false,
		removes: [],
		corrections: [],
		singleLanguage: [],
		controller: undefined,
		file: `content/privacy/versions/${id}.yaml`,
		...extra,
	};
}

export function revision(clause: string, locale: string, versionId: string, extra: Partial<RevisionRecord> = {}): RevisionRecord {
	return {
		entryId: `privacy/${locale}/${clause}/${versionId}`,
		statement: 'privacy',
		locale,
		clause,
		version: versionId,
		title: `${clause} (${locale})`,
		order: 10,
		intro: false,
		purposes: [],
		covers: [],
		sha256: `sha-${clause}-${locale}-${versionId}`,
		file: `content/privacy/${locale}/${clause}/${versionId}.mdx`,
		...extra,
	};
}

/** A clause text in both locales. */
export function both(clause: string, versionId: string, extra: Partial<RevisionRecord> = {}): RevisionRecord[] {
	return [revision(clause, 'nl', versionId, extra), revision(clause, 'en', versionId, extra)];
}
