// Runs the project's own Astro build, in this process, into a temporary folder: a full build, so every
// text compiles and renders, without touching the site's own `dist/`. The command's request reaches
// astro-privacy through an integration that answers the `astro-privacy:run` hook (see config/run.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Builds with `request(folder)`, then calls `work(folder, status)` and removes the folder. */
export async function buildInTemp(request, work) {
	const require = createRequire(join(process.cwd(), 'package.json'));
	const { build } = await import(pathToFileURL(require.resolve('astro')).href);
	const folder = mkdtempSync(join(tmpdir(), 'astro-privacy-'));
	try {
		let status = 0;
		try {
			const command = { name: 'astro-privacy-command', hooks: { 'astro-privacy:run': () => request(folder) } };
			await build({ root: process.cwd(), outDir: join(folder, 'dist'), integrations: [command] });
		} catch (error) {
			// Astro's own CLI prints a failed build's error; a build started from code only throws it.
			console.error(`\n${error.message}${error.hint ? `\n  Hint: ${error.hint}` : ''}`);
			status = 1;
		}
		return await work(folder, status);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
