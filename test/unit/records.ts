import type { RevisionRecord, VersionRecord } from '../../integration/model/types.ts';

/** Small builders so each test states only what matters to it. */
export function version(id: string, extra: Partial<VersionRecord> = {}): VersionRecord {
	return { document: 'privacy', id, summary: { nl: `nl ${id}`, en: `en ${id}` }, draft: false, material: false, removes: [], corrections: [], file: `content/privacy/versions/${id}.yaml`, ...extra };
}

export function revision(clause: string, locale: string, versionId: string, extra: Partial<RevisionRecord> = {}): RevisionRecord {
	return {
		entryId: `privacy/${locale}/${clause}/${versionId}`,
		document: 'privacy',
		locale,
		clause,
		version: versionId,
		title: `${clause} (${locale})`,
		order: 10,
		sha256: `sha-${clause}-${locale}-${versionId}`,
		file: `content/privacy/${locale}/${clause}/${versionId}.mdx`,
		...extra,
	};
}

/** A clause text in both locales. */
export function both(clause: string, versionId: string, extra: Partial<RevisionRecord> = {}): RevisionRecord[] {
	return [revision(clause, 'nl', versionId, extra), revision(clause, 'en', versionId, extra)];
}
