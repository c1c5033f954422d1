import { getCollection } from 'astro:content';
import { userError } from '../config/errors.ts';
import config from 'virtual:astro-privacy/config';
import { PROBLEMS_ENTRY, toRecords, type PolicyEntry } from '../content/records.ts';
import { buildTimeline } from '../model/timeline.ts';
import type { DocumentModel } from '../model/types.ts';
import { routePattern, type PageKind } from './patterns.ts';
import { localeParam } from './urls.ts';

const models = new Map<string, Promise<DocumentModel>>();

/** The model of one document, built once per build and shared by all its pages. */
export function loadDocument(documentId: string): Promise<DocumentModel> {
	let model = models.get(documentId);
	if (!model) {
		model = getCollection('policy').then((entries) => {
			const problems = entries.find((e) => e.id === PROBLEMS_ENTRY)?.data as { message: string; hint: string } | undefined;
			if (problems) throw userError(problems.message, problems.hint);
			const { versions, revisions } = toRecords(documentId, entries as PolicyEntry[]);
			return buildTimeline(versions, revisions, { buildDate: config.buildDate, includeDrafts: config.dev, defaultLocale: config.defaultLocale, controller: config.statements.find((s) => s.id === documentId)!.controller });
		});
		models.set(documentId, model);
	}
	return model;
}

/** Which document a route serves; the same entrypoint is injected once per document. */
export function documentFor(pattern: string, page: PageKind) {
	const normalise = (p: string) => p.replace(/\/$/, '');
	const document = config.statements.find((d) => normalise(routePattern(d.base, page)) === normalise(pattern));
	if (!document) throw new Error(`astro-privacy: no document serves the route ${pattern}`);
	return document;
}

/** One entry per locale for `getStaticPaths`. */
export function localePaths() {
	return config.locales.map((locale) => ({ locale, param: localeParam(config, locale) }));
}

/**
 * One path per locale and version: the dated pages and their redlines, and, for "what changed since",
 * every earlier version (only pairs a reader can reach are built).
 */
export async function versionPaths(pattern: string, page: PageKind) {
	const document = documentFor(pattern, page);
	const model = await loadDocument(document.id);
	const versions = page === 'since' ? (model.current ? model.versions.filter((v) => v.status === 'earlier') : []) : model.versions;
	return localePaths().flatMap(({ locale, param }) => versions.map((version) => ({ params: { locale: param, version: version.id }, props: { document, locale, versionId: version.id } })));
}
