#!/usr/bin/env node
// Writes content/<document>/policy.lock.json. It runs a full `astro build` into a temporary folder, so
// every text it locks has compiled and rendered; the policy loader checks the content against the lock
// file and the one committed in git, and stages the new lock files. Only when the build passes are they
// moved into place, all of them, each by an atomic rename.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAstro } from './run-astro.mjs';

const args = process.argv.slice(2);
if (args.includes('--help')) {
	console.log('Usage: astro-privacy-lock [--init]\n  --init  also lock versions already in effect that no lock recorded (reported loudly)');
	process.exit(0);
}
const unknown = args.filter((a) => a !== '--init');
if (unknown.length > 0) {
	console.error(`astro-privacy-lock: unknown argument ${unknown.join(' ')}; see --help.`);
	process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'astro-privacy-lock-'));
const stage = join(work, 'staged.json');
try {
	const status = runAstro(['build', '--outDir', join(work, 'dist')], { ASTRO_PRIVACY_LOCK: args.includes('--init') ? 'init' : 'write', ASTRO_PRIVACY_LOCK_STAGE: stage });
	if (status !== 0 || !existsSync(stage)) {
		console.error('\nastro-privacy-lock: nothing was locked; fix the problems above and run it again.');
		process.exit(status || 1);
	}
	const files = JSON.parse(readFileSync(stage, 'utf8'));
	const changed = files.filter(({ path, text }) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
	for (const { path, text } of changed) writeFileSync(`${path}.${process.pid}.tmp`, text);
	for (const { path } of changed) renameSync(`${path}.${process.pid}.tmp`, path);
	console.log(changed.length > 0 ? `\nastro-privacy-lock: wrote ${changed.map((f) => f.path).join(', ')}. Commit it with the content.` : '\nastro-privacy-lock: the lock files were already up to date.');
} finally {
	rmSync(work, { recursive: true, force: true });
}
