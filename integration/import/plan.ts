import { stringify } from 'yaml';
import { uniqueIds } from './clause-ids.ts';
import type { ExistingText } from './existing.ts';
import type { ImportedSection, ImportedStatement } from './types.ts';

/** A section of the source as the clause it becomes. */
export interface PlannedClause {
	id: string;
	title: string;
	/** The number the source printed, for aligning another language's copy. */
	number: string | undefined;
	order: number;
	parent: string | undefined;
	intro: boolean;
	body: string;
}

/** The clauses of an imported statement, in reading order: the intro, then each section and its sub-sections. */
export function plannedClauses(statement: ImportedStatement, introTitle: string, taken: Iterable<string> = []): PlannedClause[] {
	const flat: { section: ImportedSection; parent: number | undefined; order: number }[] = [];
	const walk = (sections: ImportedSection[], parent: number | undefined) =>
		sections.forEach((section, index) => {
			flat.push({ section, parent, order: (index + 1) * 10 });
			walk(section.children, flat.length - 1);
		});
	walk(statement.sections, undefined);
	const intro = statement.intro?.trim()
		? [{ id: 'intro', title: statement.title ?? introTitle, number: undefined, order: 0, parent: undefined, intro: true, body: statement.intro.trim() }]
		: [];
	const ids = uniqueIds(
		flat.map((f) => f.section.heading),
		[...taken, ...intro.map((c) => c.id)],
	);
	return [
		...intro,
		...flat.map(({ section, parent, order }, i) => ({
			id: ids[i]!,
			title: section.heading,
			number: section.number,
			order,
			parent: parent === undefined ? undefined : ids[parent],
			intro: false,
			body: section.markdown.trim(),
		})),
	];
}

/** A clause file as the package reads it: the frontmatter it needs, then the text as imported. */
export function clauseFile(clause: Pick<PlannedClause, 'title' | 'order' | 'parent' | 'intro' | 'body'>): string {
	const frontmatter = {
		title: clause.title,
		order: clause.order,
		...(clause.parent ? { parent: clause.parent } : {}),
		...(clause.intro ? { intro: true } : {}),
	};
	return `---\n${stringify(frontmatter, { lineWidth: 0 }).trim()}\n---\n\n${clause.body}\n`;
}

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []);
const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Share of words two texts have in common (Jaccard): a renamed section keeps most of its words. */
function similarity(a: string, b: string): number {
	const x = words(a);
	const y = words(b);
	const shared = [...x].filter((w) => y.has(w)).length;
	return shared / Math.max(1, x.size + y.size - shared);
}

export interface Matching {
	/** New section → the existing clause it continues. */
	matched: Map<PlannedClause, ExistingText>;
	/** Existing clauses no section continues: the new version removes them. */
	removed: ExistingText[];
}

/**
 * Pairs the sections of a later copy with the clauses in force: by heading first, then by text, so a
 * section whose heading was reworded keeps its clause (and its history) when most of its words stayed.
 */
export function matchClauses(planned: PlannedClause[], existing: ExistingText[]): Matching {
	const matched = new Map<PlannedClause, ExistingText>();
	const free = new Set(existing);
	for (const clause of planned) {
		const same = [...free].find((e) => (clause.intro && e.intro) || normal(e.title) === normal(clause.title));
		if (same) {
			matched.set(clause, same);
			free.delete(same);
		}
	}
	for (const clause of planned.filter((c) => !matched.has(c))) {
		const best = [...free].map((e) => ({ e, score: similarity(e.body, clause.body) })).sort((a, b) => b.score - a.score)[0];
		if (best && best.score >= 0.5) {
			matched.set(clause, best.e);
			free.delete(best.e);
		}
	}
	return { matched, removed: [...free] };
}

/** Whether a matched section says what its clause says: the same title and words, in the same place. */
export function unchanged(clause: PlannedClause, text: ExistingText): boolean {
	return normal(text.body) === normal(clause.body) && text.title === clause.title && text.parent === clause.parent;
}
