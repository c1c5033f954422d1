#!/usr/bin/env node
// Writes content/<document>/policy.lock.json: runs the project's `astro sync`, whose policy loader
// checks the content as the build does and, with ASTRO_PRIVACY_LOCK=write, records the hashes.
// It refuses to re-lock a published text that changed without a recorded correction.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const astro = join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'sync', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_PRIVACY_LOCK: 'write' },
});
process.exit(result.status ?? 1);
