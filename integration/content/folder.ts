import { lstatSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { byCodeUnits } from '../model/digest.ts';
import type { References } from '../model/references.ts';
import type { ContentProblem } from '../model/types.ts';
import { readFile, stampOf, type FileRead, type StatementDir, type StoredEntry } from './read.ts';

/** A statement as its files give it: the entries in code-unit order of their paths, drafts marked. */
export interface StatementRead {
	entries: StoredEntry[];
	/** What each clause text refers to, by entry id. */
	references: Map<string, References>;
	/** The raw lock file, when there is one. */
	lockText: string | undefined;
	/** False when a file failed its schema: the statement cannot be checked as a whole then. */
	complete: boolean;
	problems: ContentProblem[];
}

/**
 * One statement's folder as last read, file by file. `scan` reads every file; after a file event, `update`
 * reads only the path the event names, so an edit under `astro dev` costs one file, not the statement.
 */
export function statementFolder(at: StatementDir) {
	const dir = join(at.root, at.base, at.statement);
	const files = new Map<string, FileRead>();
	/** Each path `update` read, as it was just before: a write may still have been under way. */
	const stamps = new Map<string, string>();
	let missing = false;

	async function scan() {
		let found;
		try {
			found = await readdir(dir, { recursive: true, withFileTypes: true });
		} catch {
			missing = true;
			files.clear();
			return;
		}
		missing = false;
		const previous = new Map(files);
		files.clear();
		for (const file of found.filter((f) => !f.name.startsWith('.') && !f.isDirectory())) {
			const absolute = join(file.parentPath, file.name);
			files.set(absolute, await readFile(at, absolute, file.isFile(), previous.get(absolute)));
		}
	}

	return {
		scan,
		/** Whether a path is the statement's folder or below it. */
		holds: (path: string) => path === dir || path.startsWith(dir + sep),
		/** After a file event: reads the file again, or forgets it (and all below it) once it is gone; a folder is scanned whole. */
		async update(path: string) {
			const stat = lstatSync(path, { throwIfNoEntry: false });
			if (missing || path === dir || stat?.isDirectory()) return scan();
			stamps.set(path, stampOf(stat));
			if (!stat) {
				for (const absolute of files.keys()) if (absolute === path || absolute.startsWith(path + sep)) files.delete(absolute);
			} else if (!basename(path).startsWith('.')) {
				files.set(path, await readFile(at, path, stat.isFile(), files.get(path)));
			}
		},
		/** Whether the file changed since `update` last read it. */
		changedSince: (path: string) => stamps.has(path) && stamps.get(path) !== stampOf(lstatSync(path, { throwIfNoEntry: false })),
		read(): StatementRead {
			const read: StatementRead = { entries: [], references: new Map(), lockText: undefined, complete: !missing, problems: [] };
			if (missing) {
				read.problems.push({ file: `${at.base}/${at.statement}/`, message: `the folder of statement \`${at.statement}\` does not exist.`, hint: 'Create it, or remove the statement from the `statements` option.' });
			}
			const drafts = new Set<string>();
			for (const absolute of [...files.keys()].sort(byCodeUnits)) {
				const file = files.get(absolute)!;
				if (file.kind === 'lock') {
					read.lockText = file.text;
					continue;
				}
				read.problems.push(...file.problems);
				if (file.kind === 'refused') continue;
				if (!file.entry) {
					read.complete = false;
					continue;
				}
				const entry = { ...file.entry, draft: false };
				if (entry.data.kind === 'version' && entry.data.draft) drafts.add(entry.id.split('/').at(-1)!);
				if (file.references) read.references.set(entry.id, file.references);
				read.entries.push(entry);
			}
			for (const entry of read.entries) entry.draft = drafts.has(entry.id.split('/').at(-1)!);
			return read;
		},
	};
}
