/** Runs and times builds, each in a fresh process from a cold cache, and reads what they wrote. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./build-child.mjs', import.meta.url));

export interface BuildResult {
	ms: number;
	peakBytes: number;
}

export function coldBuild(root: string): BuildResult {
	for (const cache of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(root, cache), { recursive: true, force: true });
	const result = spawnSync(process.execPath, [child, root], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const line = result.stdout.trim().split('\n').at(-1) ?? '';
	if (result.status !== 0 || !line.startsWith('{')) throw new Error(`build of ${root} failed:\n${result.stderr.slice(-4000)}`);
	return JSON.parse(line);
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function folderBytes(folder: string): number {
	if (!existsSync(folder)) return 0;
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((f) => f.isFile())
		.reduce((sum, f) => sum + statSync(join(f.parentPath, f.name)).size, 0);
}

export const fileBytes = (file: string) => readFileSync(file).length;
