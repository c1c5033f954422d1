import type { PolicyExport } from './schema/export.ts';
import { FINGERPRINT_ALGORITHM, recordOf } from './record.ts';
import type { StatementModel, ResolvedVersion } from './types.ts';

/**
 * `/<base>/policy.json`: what an app stores with a consent ("version X, fingerprint Y") and what
 * `astro-privacy-verify --against` compares, built from the same records the lock holds.
 */
export function policyExport(model: StatementModel, locales: string[], pageUrl: (locale: string, version: string) => string): PolicyExport {
	return {
		algorithm: FINGERPRINT_ALGORITHM,
		statement: model.statement,
		current: model.current?.id ?? null,
		locales,
		versions: model.versions.filter((v) => v.status !== 'draft').map((version) => versionExport(model.statement, version, locales, pageUrl)),
	};
}

function versionExport(
	statement: string,
	version: ResolvedVersion,
	locales: string[],
	pageUrl: (locale: string, version: string) => string,
): PolicyExport['versions'][number] {
	const { fingerprint, ...digests } = recordOf(statement, version);
	return {
		id: version.id,
		status: version.status as 'current' | 'earlier' | 'upcoming',
		material: version.source.material,
		until: version.until ?? null,
		summary: version.source.summary,
		urls: Object.fromEntries(locales.map((locale) => [locale, pageUrl(locale, version.id)])),
		fingerprint,
		controller: version.controller,
		clauses: version.clauses.map((clause) => {
			const texts = Object.entries(clause.revisions);
			const facts = texts.filter(([, r]) => r.purposes.length > 0);
			const cookies = texts.filter(([, r]) => r.cookies);
			return {
				id: clause.clause,
				parent: clause.parent ?? null,
				intro: clause.intro,
				texts: Object.fromEntries(texts.map(([locale, r]) => [locale, { title: r.title, version: r.version, sha256: r.sha256 }])),
				// One purpose as an object, as policy.json has always had it; a clause of several purposes as a list.
				...(facts.length > 0
					? { processing: Object.fromEntries(facts.map(([locale, r]) => [locale, r.purposes.length === 1 ? r.purposes[0]! : r.purposes])) }
					: {}),
				...(cookies.length > 0 ? { cookies: Object.fromEntries(cookies.map(([locale, r]) => [locale, r.cookies!])) } : {}),
			};
		}),
		digests,
	};
}
