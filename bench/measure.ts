/** Runs and times builds, each in a fresh process from a cold cache, and reads what they wrote. */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./build-child.mjs', import.meta.url));

export interface BuildResult {
	ms: number;
	peakBytes: number;
}

/**
 * Longer than any build of the bench takes on a busy machine. A build once hung here for good, Astro's own
 * build step waiting, before any page, on an `fs.promises.mkdir` that never settled: without a limit the
 * bench, and CI with it, would wait forever.
 */
const HUNG_MS = 5 * 60 * 1000;

/** Runs one build in a process of its own; a build that hangs is killed and run once more, and said so. */
export function runBuild(root: string, args: string[], env: NodeJS.ProcessEnv = process.env, script = child, hungMs = HUNG_MS): BuildResult {
	const run = () =>
		spawnSync(process.execPath, [script, root, ...args], {
			cwd: root,
			env,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			timeout: hungMs,
			killSignal: 'SIGKILL',
		});
	let result = run();
	if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
		console.error(`build of ${root} did not finish in ${hungMs / 1000} s: killed, and built once more`);
		result = run();
	}
	const line = result.stdout.trim().split('\n').at(-1) ?? '';
	if (result.status !== 0 || !line.startsWith('{')) {
		throw new Error(`build of ${root} failed${result.error ? ` (${result.error.message})` : ''}:\n${result.stderr.slice(-4000)}`);
	}
	return JSON.parse(line);
}

export function coldBuild(root: string): BuildResult {
	for (const cache of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(root, cache), { recursive: true, force: true });
	return runBuild(root, []);
}

/** The repository's demo site, with the build date its tests use, into a folder of the bench's own. */
export function buildDemo(repo: string, outDir: string): string {
	runBuild(repo, [outDir], { ...process.env, POLICY_BUILD_DATE: '2026-11-23' });
	return outDir;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Cold builds of several sites, interleaved round by round so a busy spell of the machine hits them all; medians per site. */
export function interleaved<K extends string>(sites: Record<K, string>, rounds: number): Record<K, BuildResult> {
	const keys = Object.keys(sites) as K[];
	const runs = new Map(keys.map((key) => [key, [] as BuildResult[]]));
	for (let round = 0; round < rounds; round++) for (const key of keys) runs.get(key)!.push(coldBuild(sites[key]));
	const of = (key: K) => ({ ms: median(runs.get(key)!.map((r) => r.ms)), peakBytes: median(runs.get(key)!.map((r) => r.peakBytes)) });
	return Object.fromEntries(keys.map((key) => [key, of(key)])) as Record<K, BuildResult>;
}

export const fileBytes = (file: string) => readFileSync(file).length;
