// Runs the project's own `astro` CLI with astro-privacy's environment variables set.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function runAstro(args, env) {
	const require = createRequire(join(process.cwd(), 'package.json'));
	const astro = join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
	return spawnSync(process.execPath, [astro, ...args], { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}
