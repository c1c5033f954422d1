import { byCodeUnits, digestOf } from './digest.ts';
import type {
	ClauseInVersion,
	Controller,
	ControllerChange,
	RegisterRecord,
	StatementModel,
	ResolvedVersion,
	RevisionRecord,
	VersionRecord,
	VersionStatus,
} from './types.ts';
import { dayBefore } from './dates.ts';
import { factsDigest } from './purpose.ts';
import { withRegister } from './words.ts';

export interface TimelineOptions {
	/** `YYYY-MM-DD`; the newest published version on or before it is current. */
	buildDate: string;
	/** Drafts take part only under `astro dev`. */
	includeDrafts: boolean;
	defaultLocale: string;
	/** The controller facts of the first version (the `controller` option); versions may change them. */
	controller: Controller;
	/** The statement's `contact` option, until a version file sets `contact` (default true). */
	contact?: boolean;
}

/**
 * Resolves which clause text, and which register file, is in force in every version. Either stays in
 * force until a later one of the same clause (and locale) replaces it or a version removes the clause,
 * so a version only lists what it changes.
 */
export function buildTimeline(
	versions: VersionRecord[],
	revisions: RevisionRecord[],
	options: TimelineOptions,
	registers: RegisterRecord[] = [],
): StatementModel {
	const kept = versions.filter((v) => options.includeDrafts || !v.draft).sort((a, b) => byCodeUnits(a.id, b.id));
	const byVersion = groupBy(revisions, (r) => r.version);
	const registersOf = groupBy(registers, (r) => r.version);
	const inForce = new Map<string, Record<string, RevisionRecord>>();
	const registerInForce = new Map<string, RegisterRecord>();
	let previous: ClauseInVersion[] = [];
	let facts = options.controller;
	let factsDigest = digestOf(facts);
	let contact = options.contact ?? true;
	const statuses = resolveStatuses(kept, options.buildDate);

	const resolved: ResolvedVersion[] = kept.map((version, index) => {
		for (const clause of version.removes) {
			inForce.delete(clause);
			registerInForce.delete(clause);
		}
		for (const revision of byVersion.get(version.id) ?? []) {
			inForce.set(revision.clause, { ...inForce.get(revision.clause), [revision.locale]: revision });
		}
		for (const register of registersOf.get(version.id) ?? []) registerInForce.set(register.clause, register);
		const before = new Map(previous.map((c) => [c.clause, c]));
		const clauses = arrangeSections(
			[...inForce].map(([clause, texts]) => toClause(clause, texts, registerInForce.get(clause), before.get(clause), options.defaultLocale)),
		);
		const removed = previous.filter((c) => !inForce.has(c.clause));
		previous = clauses;
		const next = kept.slice(index + 1).find((v) => !v.draft);
		const digestBefore = factsDigest;
		facts = applyControllerChange(facts, version.controller);
		contact = version.contact ?? contact;
		if (version.controller) factsDigest = digestOf(facts);
		return {
			id: version.id,
			status: statuses.get(version.id)!,
			source: version,
			controller: facts,
			controllerDigest: factsDigest,
			controllerChanged: index > 0 && factsDigest !== digestBefore,
			contact,
			previous: kept[index - 1]?.id,
			next: kept[index + 1]?.id,
			until: next ? dayBefore(next.id) : undefined,
			clauses,
			removed,
		};
	});

	return {
		statement: versions[0]?.statement ?? revisions[0]?.statement ?? '',
		versions: resolved,
		current: resolved.find((v) => v.status === 'current'),
		upcoming: resolved.find((v) => v.status === 'upcoming'),
	};
}

function toClause(
	clause: string,
	texts: Record<string, RevisionRecord>,
	register: RegisterRecord | undefined,
	before: ClauseInVersion | undefined,
	defaultLocale: string,
): ClauseInVersion {
	const shown = register ? withRegister(texts, register) : texts;
	const revisions = Object.values(shown);
	const main = shown[defaultLocale] ?? revisions[0]!;
	const changedIn = revisions.filter((r) => !sameText(before?.revisions[r.locale], r)).map((r) => r.locale);
	return {
		clause,
		order: main.order,
		revisions: shown,
		register,
		change: !before ? 'added' : changedIn.length > 0 ? 'changed' : 'unchanged',
		changedIn: changedIn.sort(byCodeUnits),
		parent: main.parent,
		depth: 0,
		number: undefined,
		intro: main.intro,
	};
}

/**
 * Orders a version's clauses as a tree, each section followed by its sub-sections by `order`, and numbers
 * them `1`, `1.1`, … (the intro is not numbered). A parent that is missing, or a loop, leaves the clause at
 * the top level here; the checks report it.
 */
function arrangeSections(clauses: ClauseInVersion[]): ClauseInVersion[] {
	const byOrder = (a: ClauseInVersion, b: ClauseInVersion) => a.order - b.order || byCodeUnits(a.clause, b.clause);
	const ids = new Set(clauses.map((c) => c.clause));
	const childrenOf = groupBy(
		clauses.filter((c) => c.parent && ids.has(c.parent) && !c.intro),
		(c) => c.parent!,
	);
	const arranged: ClauseInVersion[] = [];
	const placed = new Set<string>();
	const visit = (clause: ClauseInVersion, depth: number, number: string | undefined) => {
		if (placed.has(clause.clause)) return;
		placed.add(clause.clause);
		arranged.push({ ...clause, depth, number });
		const children = (childrenOf.get(clause.clause) ?? []).sort(byOrder);
		children.forEach((child, i) => visit(child, depth + 1, number && `${number}.${i + 1}`));
	};
	const roots = clauses.filter((c) => c.intro || !c.parent || !ids.has(c.parent)).sort(byOrder);
	let n = 0;
	for (const root of roots) visit(root, 0, root.intro ? undefined : String(++n));
	// Clauses in a loop of parents are reached from no root: shown at the top level, reported by the checks.
	for (const clause of clauses.sort(byOrder)) if (!placed.has(clause.clause)) visit(clause, 0, String(++n));
	return arranged;
}

/** The facts in force after a version's `controller` change: given fields replace, `null` withdraws. */
function applyControllerChange(facts: Controller, change: ControllerChange | undefined): Controller {
	if (!change) return facts;
	const next: Record<string, unknown> = { ...facts };
	for (const [field, value] of Object.entries(change)) {
		if (value === null) delete next[field];
		else if (value !== undefined) next[field] = value;
	}
	return next as Controller;
}

function resolveStatuses(versions: VersionRecord[], buildDate: string): Map<string, VersionStatus> {
	const published = versions.filter((v) => !v.draft);
	const current = published.filter((v) => v.id <= buildDate).at(-1);
	return new Map(versions.map((v) => [v.id, v.draft ? 'draft' : v === current ? 'current' : v.id > buildDate ? 'upcoming' : 'earlier']));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const group = groups.get(key(item));
		if (group) group.push(item);
		else groups.set(key(item), [item]);
	}
	return groups;
}

/**
 * Whether a reader sees the same clause in a language: the same file, with the same register facts. A new
 * register file changes the clause though its words stay; one that moves unchanged facts out of the
 * frontmatter does not.
 */
export function sameText(before: RevisionRecord | undefined, after: RevisionRecord): boolean {
	if (before?.entryId !== after.entryId) return false;
	// Without a register file both are the one record; hashing is for facts copied out of register files.
	return before === after || factsDigest(before) === factsDigest(after);
}

/**
 * The text a page in `locale` shows: its own, or, where the translation is missing and
 * `missingTranslation` is `'notice'`, the text of another locale (the page says so).
 */
export function textFor(clause: ClauseInVersion, locale: string): RevisionRecord {
	return clause.revisions[locale] ?? Object.values(clause.revisions)[0]!;
}
