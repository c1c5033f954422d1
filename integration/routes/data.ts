import { getCollection } from 'astro:content';
import { userError } from '../config/errors.ts';
import config from 'virtual:astro-privacy/config';
import { PROBLEMS_ENTRY, toRecords, type PolicyEntry } from '../content/records.ts';
import { buildTimeline } from '../model/timeline.ts';
import type { StatementModel } from '../model/types.ts';
import { claimed, collision, policyPrefixes } from './collisions.ts';
import { routePattern, type PageKind } from './patterns.ts';
import { localeParam } from '../model/urls.ts';

const models = new Map<string, Promise<StatementModel>>();
let hostPages: Promise<void> | undefined;

/** The model of one statement, built once per build and shared by all its pages. */
export function loadStatement(documentId: string): Promise<StatementModel> {
	let model = models.get(documentId);
	if (!model) {
		hostPages ??= checkStarlightPages();
		model = hostPages
			.then(() => getCollection('policy'))
			.then((entries) => {
				const problems = entries.find((e) => e.id === PROBLEMS_ENTRY)?.data as { message: string; hint: string } | undefined;
				if (problems) throw userError(problems.message, problems.hint);
				const { versions, revisions } = toRecords(documentId, entries as PolicyEntry[]);
				return buildTimeline(versions, revisions, {
					buildDate: config.buildDate,
					includeDrafts: config.dev,
					defaultLocale: config.defaultLocale,
					controller: config.statements.find((s) => s.id === documentId)!.controller,
				});
			});
		models.set(documentId, model);
	}
	return model;
}

/**
 * Starlight publishes every docs entry through its catch-all route, at the entry's id; Astro gives a
 * statement URL to the statement's more specific route and drops the docs page with a warning only.
 */
async function checkStarlightPages() {
	if (!config.starlight) return;
	const prefixes = policyPrefixes(config);
	for (const entry of (await getCollection('docs' as never)) as { id: string; filePath?: string }[]) {
		const prefix = claimed(`/${entry.id}`.replace(/\/index$/, ''), prefixes);
		if (prefix) throw collision(`the Starlight page ${entry.filePath ?? entry.id}`, prefix);
	}
}

/** Which statement a route serves; the same entrypoint is injected once per statement. */
export function statementFor(pattern: string, page: PageKind) {
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
	const document = statementFor(pattern, page);
	const model = await loadStatement(document.id);
	const versions = page === 'since' ? (model.current ? model.versions.filter((v) => v.status === 'earlier') : []) : model.versions;
	return localePaths().flatMap(({ locale, param }) =>
		versions.map((version) => ({ params: { locale: param, version: version.id }, props: { document, locale, versionId: version.id } })),
	);
}
