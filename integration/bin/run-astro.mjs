// Runs the project's own `astro build` into a temporary folder, with astro-privacy's environment variables
// set: a full build, so every text compiles and renders, without touching the site's own `dist/`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Calls `work(folder, status)` with a temporary folder the build could write to, then removes it. */
export function buildInTemp(env, work) {
	const require = createRequire(join(process.cwd(), 'package.json'));
	const astro = join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
	const folder = mkdtempSync(join(tmpdir(), 'astro-privacy-'));
	try {
		const status =
			spawnSync(process.execPath, [astro, 'build', '--outDir', join(folder, 'dist')], { stdio: 'inherit', env: { ...process.env, ...env(folder) } }).status ??
			1;
		return work(folder, status);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
