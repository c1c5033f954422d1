#!/usr/bin/env node
// Writes content/<statement>/policy.lock.json. A full build checks the content against the lock file and
// the one committed in git and stages the new lock files; only when it passes are they moved into place,
// all of them, each by an atomic rename.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInTemp } from './run-astro.mjs';

const args = process.argv.slice(2);
if (args.includes('--help')) {
	console.log('Usage: astro-privacy-lock [--init]\n  --init  lock a statement that has never been locked although versions are in effect (reported loudly)');
	process.exit(0);
}
const unknown = args.filter((a) => a !== '--init');
if (unknown.length > 0) {
	console.error(`astro-privacy-lock: unknown argument ${unknown.join(' ')}; see --help.`);
	process.exit(2);
}
process.exit(
	await buildInTemp(
		(folder) => ({ kind: 'lock', init: args.includes('--init'), stage: join(folder, 'staged.json') }),
		(folder, status) => {
			const stage = join(folder, 'staged.json');
			if (status !== 0 || !existsSync(stage)) {
				console.error('\nastro-privacy-lock: nothing was locked; fix the problems above and run it again.');
				return status || 1;
			}
			const files = JSON.parse(readFileSync(stage, 'utf8'));
			const changed = files.filter(({ path, text }) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
			for (const { path, text } of changed) writeFileSync(`${path}.${process.pid}.tmp`, text);
			for (const { path } of changed) renameSync(`${path}.${process.pid}.tmp`, path);
			console.log(
				changed.length > 0
					? `\nastro-privacy-lock: wrote ${changed.map((f) => f.path).join(', ')}. Commit it with the content.`
					: '\nastro-privacy-lock: the lock files were already up to date.',
			);
			return 0;
		},
	),
);
