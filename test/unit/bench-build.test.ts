import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runBuild } from '../../bench/measure.ts';

/** A stand-in for the build child, in a folder of its own. */
function childScript(source: string) {
	const root = mkdtempSync(join(tmpdir(), 'bench-build-'));
	const script = join(root, 'child.mjs');
	writeFileSync(script, source);
	return { root, script };
}

/** Hangs on its first run in its folder, and reports a build on the next. */
const hangsOnce = `import { existsSync, writeFileSync } from 'node:fs';
const marker = new URL('./ran', import.meta.url);
if (!existsSync(marker)) { writeFileSync(marker, ''); setInterval(() => {}, 1000); }
else console.log(JSON.stringify({ ms: 1, peakBytes: 2 }));
`;

describe("the bench's builds", () => {
	// The second run has to start Node within the limit on a machine busy with the other tests: 3 s, not less.
	it('kill a build that hangs and run it once more, saying so', { timeout: 20_000 }, () => {
		const { root, script } = childScript(hangsOnce);
		const said = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(runBuild(root, [], process.env, script, 3000)).toEqual({ ms: 1, peakBytes: 2 });
		expect(said).toHaveBeenCalledWith(`build of ${root} did not finish in 3 s: killed, and built once more`);
		said.mockRestore();
	});

	it('fail with the reason when the build hangs again', { timeout: 20_000 }, () => {
		const { root, script } = childScript('setInterval(() => {}, 1000);\n');
		vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(() => runBuild(root, [], process.env, script, 500)).toThrow(/^build of .* failed \(spawnSync .* ETIMEDOUT\)/);
		vi.restoreAllMocks();
	});
});
