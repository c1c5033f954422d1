import type { SearchRecordData } from '../../integration/search/records.ts';

/** One clause text's search record, current in the 2019 version unless told otherwise. */
export const searchRecord = (clause: string, lang = 'nl', versions = ['2019-01-01']): SearchRecordData => ({
	url: `/privacy/#${clause}`,
	lang,
	title: clause,
	summary: undefined,
	html: '<p>Tekst.</p>',
	facts: [],
	statement: 'privacy',
	statementTitle: 'Privacyverklaring',
	clause,
	versions,
	statuses: versions.map(() => 'current'),
	label: 'In de versie van 1 januari 2019',
});
