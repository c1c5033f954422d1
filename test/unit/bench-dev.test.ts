import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveUntilShown, timedRounds } from '../../bench/dev.ts';

let server: Server | undefined;
afterEach(() => void server?.close());

/**
 * A stand-in for a dev server that serves the file, but misses the first `misses` saves: it goes on
 * serving the text from before until it has seen that many more.
 */
async function serving(file: string, misses: number) {
	const seen = [readFileSync(file, 'utf8')];
	server = createServer((_request, response) => {
		const text = readFileSync(file, 'utf8');
		if (text !== seen.at(-1)) seen.push(text);
		response.end(seen.length > misses + 1 ? text : seen[0]);
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

function clauseFile() {
	const file = join(mkdtempSync(join(tmpdir(), 'bench-dev-')), 'c1.mdx');
	writeFileSync(file, 'Tekst.\n');
	return file;
}

describe("the bench's astro dev edits", () => {
	it('time a save the server shows', async () => {
		const file = clauseFile();
		const url = await serving(file, 0);
		const shown = await saveUntilShown(file, 'Tekst. Bewerkt.\n', url, (html) => html.includes('Bewerkt.'), 2000);
		expect(shown.missed).toBe(false);
	});

	it('save a missed change once more and say it was missed', async () => {
		const file = clauseFile();
		const url = await serving(file, 1);
		const shown = await saveUntilShown(file, 'Tekst. Bewerkt.\n', url, (html) => html.includes('Bewerkt.'), 300);
		expect(shown.missed).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe('Tekst. Bewerkt.\n\n');
	});

	it('give up, naming the file, on a server that shows no save', async () => {
		const file = clauseFile();
		const url = await serving(file, Infinity);
		await expect(saveUntilShown(file, 'Tekst. Bewerkt.\n', url, (html) => html.includes('Bewerkt.'), 100)).rejects.toThrow(
			`${url} did not show the change of ${file} after 3 saves, 0.1 s each`,
		);
	});
});

describe("the bench's astro dev rounds", () => {
	const timed = (missed: boolean) => ({ body: 1, title: 2, missed });

	it('run a cycle with a missed save once more, however many a one-round run needs', async () => {
		// The quick bench's one round, on a floor that missed a save in its first two cycles.
		const floor = [true, true, false];
		const { times, missed } = await timedRounds(['ours', 'floor'], 1, async (key) => timed(key === 'floor' && floor.shift()!));
		expect(missed).toEqual({ ours: 0, floor: 2 });
		expect(times.floor).toEqual([timed(false)]);
		expect(times.ours).toEqual([timed(false)]);
	});

	it('give up on a site that misses a save in cycle after cycle', async () => {
		await expect(timedRounds(['floor'], 3, async () => timed(true), 4)).rejects.toThrow('astro dev (floor) missed a save in 4 edit cycles');
	});
});
