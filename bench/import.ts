/** `astro-privacy import --dry-run` on a 50-section Markdown statement, timed as a user runs it: a process of its own. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePolicy } from './generate.ts';
import { median } from './measure.ts';

const bin = fileURLToPath(new URL('../integration/bin/astro-privacy.mjs', import.meta.url));

/** The command came with the importer (#24); a checkout from before it has no row to measure. */
export const hasImportCommand = () => existsSync(bin);

/** A statement as a site has it today: a title, an intro and numbered sections of the generator's Dutch text. */
export function markdownStatement(sections: number): string {
	const policy = generatePolicy({ clauses: sections, versions: 1, churn: 0, style: 'small', seed: 17 });
	const texts = policy.revisions.filter((r) => r.locale === 'nl').map((r) => r.mdx.split('\n---\n\n')[1]!.trim());
	return [
		'# Privacyverklaring',
		'',
		'Bench B.V. legt in deze verklaring uit welke gegevens wij verwerken.',
		...texts.flatMap((text, i) => ['', `## ${i + 1}. Onderdeel ${i + 1}`, '', text]),
		'',
	].join('\n');
}

/** Median wall time of `runs` dry runs in a site folder of its own; a refusal or a crash is an error, not a time. */
export function importTime(folder: string, sections: number, runs: number): number {
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'statement.md'), markdownStatement(sections));
	writeFileSync(join(folder, 'astro.config.mjs'), "import astroPrivacy from 'astro-privacy';\nexport default { integrations: [astroPrivacy()] };\n");
	const args = [bin, 'import', 'statement.md', '--statement', 'privacy', '--version', '2030-01-01', '--dry-run'];
	const times = Array.from({ length: runs }, () => {
		const started = performance.now();
		const run = spawnSync(process.execPath, args, { cwd: folder, encoding: 'utf8' });
		const ms = performance.now() - started;
		if (run.status !== 0) throw new Error(`import exited ${run.status}: ${(run.stdout + run.stderr).trim().split('\n').slice(-3).join(' / ')}`);
		return ms;
	});
	return median(times);
}
