import { getCollection } from 'astro:content';
import config from 'virtual:astro-privacy/config';
import type { StatementPage } from '../components/StatementPage.ts';
import { userError } from '../config/errors.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { useLocale } from '../i18n/runtime.ts';
import { PROBLEMS_ENTRY, toRecords, type PolicyEntry } from '../content/records.ts';
import { buildTimeline } from '../model/timeline.ts';
import type { StatementModel } from '../model/types.ts';
import { claimed, collision, policyPrefixes } from './collisions.ts';
import { routePattern, type PageKind } from './patterns.ts';
import { localeParam, policyUrl } from '../model/urls.ts';
import { siteBase } from '../search/bundle.ts';

export type Statement = ResolvedConfig['statements'][number];
const models = new Map<string, Promise<StatementModel>>();
let hostPages: Promise<void> | undefined;

/** The model of one statement, built once per build and shared by all its pages. */
export function loadStatement(statementId: string): Promise<StatementModel> {
	let model = models.get(statementId);
	if (!model) {
		hostPages ??= checkStarlightPages();
		model = hostPages
			.then(() => getCollection('policy'))
			.then((entries) => {
				const problems = entries.find((e) => e.id === PROBLEMS_ENTRY)?.data as { message: string; hint: string } | undefined;
				if (problems) throw userError(problems.message, problems.hint);
				const { versions, revisions, registers } = toRecords(statementId, entries as PolicyEntry[]);
				const statement = config.statements.find((s) => s.id === statementId)!;
				const options = {
					buildDate: config.buildDate,
					includeDrafts: config.dev,
					defaultLocale: config.defaultLocale,
					controller: statement.controller,
					contact: statement.contact,
				};
				return buildTimeline(versions, revisions, options, registers);
			});
		models.set(statementId, model);
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
export function statementFor(pattern: string, page: PageKind): Statement {
	const normalise = (p: string) => p.replace(/\/$/, '');
	const statement = config.statements.find((s) => normalise(routePattern(s.base, page)) === normalise(pattern));
	if (!statement) throw new Error(`astro-privacy: no statement serves the route ${pattern}`);
	return statement;
}

/** Everything the components of one page need, in one object: the statement, its model, labels and URLs. */
export async function statementPage(statement: Statement, locale: string): Promise<StatementPage> {
	const model = await loadStatement(statement.id);
	return {
		statement,
		model,
		locale,
		kit: useLocale(locale),
		languages: config.locales.map((l) => ({ locale: l, name: useLocale(l).language(l) })),
		url: (path, inLocale = locale) => policyUrl(config, statement.base, inLocale, path),
		absolute: (href) => (config.site ? new URL(href, config.site).href : href),
		layoutTitle: config.layoutTitle,
		search: config.search && { scope: config.search.scope, base: siteBase(config.base), dev: config.dev },
		hostIndex: !!config.search && config.search.hostIndex,
	};
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
	const statement = statementFor(pattern, page);
	const model = await loadStatement(statement.id);
	const versions = page === 'since' ? (model.current ? model.versions.filter((v) => v.status === 'earlier') : []) : model.versions;
	return localePaths().flatMap(({ locale, param }) =>
		versions.map((version) => ({ params: { locale: param, version: version.id }, props: { statement, locale, versionId: version.id } })),
	);
}
