import { ImportError } from './types.ts';
import { textsInForce, type ExistingStatement } from './existing.ts';
import type { PlannedClause } from './plan.ts';

/**
 * Pairs the sections of another language's copy with the clauses in force in `version`, by order and
 * structure: the n-th section is the n-th clause, under the same parent. Where the two do not line up,
 * the differences are listed rather than guessed. Each text is written for the version its counterpart
 * was written for, where this language has no text yet or the counterpart changed in `version`.
 */
export function alignTranslation(planned: PlannedClause[], existing: ExistingStatement, version: string, locale: string) {
	const other = existing.texts.find((t) => t.locale !== locale)?.locale;
	const counterparts = other ? textsInForce(existing, other, version) : [];
	const ordered = [...counterparts.filter((c) => c.intro), ...treeOrder(counterparts.filter((c) => !c.intro))];
	const problems: string[] = [];
	if (ordered.length !== planned.length)
		problems.push(`the copy has ${planned.length} sections (with the intro), the ${other} text of version ${version} ${ordered.length} clauses`);
	const ids = new Map(planned.map((c, i) => [c.id, ordered[i]?.clause]));
	planned.forEach((clause, i) => {
		const counterpart = ordered[i];
		if (counterpart && (clause.intro !== counterpart.intro || (clause.parent && ids.get(clause.parent)) !== counterpart.parent)) {
			problems.push(`section ${i + 1}, "${clause.title}", does not sit where clause \`${counterpart.clause}\` ("${counterpart.title}") does`);
		}
	});
	if (problems.length > 0) {
		throw new ImportError(
			`The ${locale} copy does not line up with the ${other} clauses:\n${problems.map((p) => `- ${p}`).join('\n')}`,
			'Make the copy follow the same sections in the same order (or import the sections that differ by hand), then import it again.',
		);
	}
	const own = new Map(textsInForce(existing, locale, version).map((t) => [t.clause, t]));
	const clauses: PlannedClause[] = [];
	const versions = new Map<string, string>();
	planned.forEach((clause, i) => {
		const counterpart = ordered[i]!;
		if (own.has(counterpart.clause) && counterpart.version !== version) return;
		clauses.push({ ...clause, id: counterpart.clause, parent: counterpart.parent, order: counterpart.order });
		versions.set(counterpart.clause, counterpart.version);
	});
	return { clauses, versions };
}

/** Clauses in reading order: each followed by its sub-sections, siblings by `order`. */
function treeOrder<T extends { clause: string; parent: string | undefined; order: number }>(clauses: T[], parent?: string): T[] {
	return clauses.filter((c) => c.parent === parent).flatMap((c) => [c, ...treeOrder(clauses, c.clause)]);
}
