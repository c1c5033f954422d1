import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { byCodeUnits } from '../model/digest.ts';
import { parseContentPath } from '../model/paths.ts';

/** A clause text as the statement has it on disk: what a new copy is matched against. */
export interface ExistingText {
	clause: string;
	locale: string;
	/** The version whose file it is. */
	version: string;
	title: string;
	order: number;
	parent: string | undefined;
	intro: boolean;
	body: string;
}

/** What a statement folder already holds: its versions (with the clauses each removes), the newest locked one, and every clause text. */
export interface ExistingStatement {
	versions: { id: string; removes: string[] }[];
	newestLocked: string | undefined;
	texts: ExistingText[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function readExisting(dir: string, statement: string): ExistingStatement {
	const existing: ExistingStatement = { versions: [], newestLocked: undefined, texts: [] };
	if (!existsSync(dir)) return existing;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
		const file = join(entry.parentPath, entry.name);
		const path = parseContentPath(
			statement,
			file
				.slice(dir.length + 1)
				.split('\\')
				.join('/'),
		);
		const text = readFileSync(file, 'utf8');
		if (path.kind === 'version') {
			const data = (parseYaml(text) ?? {}) as { removes?: string[] };
			existing.versions.push({ id: path.version, removes: data.removes ?? [] });
		} else if (path.kind === 'lock') {
			existing.newestLocked = Object.keys((JSON.parse(text) as { versions?: object }).versions ?? {})
				.sort(byCodeUnits)
				.at(-1);
		} else if (path.kind === 'clause') {
			const [, frontmatter = '', body = ''] = FRONTMATTER.exec(text) ?? [];
			const data = (parseYaml(frontmatter) ?? {}) as { title?: string; order?: number; parent?: string; intro?: boolean };
			existing.texts.push({ ...path, title: data.title ?? '', order: data.order ?? 0, parent: data.parent, intro: data.intro === true, body: body.trim() });
		}
	}
	existing.versions.sort((a, b) => byCodeUnits(a.id, b.id));
	return existing;
}

/** The texts of one locale in force in a version: each clause's newest file on or before it, less the clauses removed since. */
export function textsInForce(existing: ExistingStatement, locale: string, version: string): ExistingText[] {
	const inForce = new Map<string, ExistingText>();
	for (const { id, removes } of existing.versions.filter((v) => v.id <= version)) {
		for (const clause of removes) inForce.delete(clause);
		for (const text of existing.texts.filter((t) => t.locale === locale && t.version === id)) inForce.set(text.clause, text);
	}
	return [...inForce.values()].sort((a, b) => a.order - b.order);
}
