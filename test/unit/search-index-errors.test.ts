import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledStrings } from '../../integration/i18n/strings.ts';
import { startSearchIndex } from '../../integration/search/pagefind.ts';
import { searchRecord } from './search-record.ts';

// The answers of Pagefind's thread that a real Pagefind gives only on a broken disk or a broken Pagefind:
// the thread is replaced by one that answers as each test says (search-index.test.ts runs the real one).
const thread = vi.hoisted(() => ({
	answer: (() => {}) as (worker: import('node:events').EventEmitter) => void,
	started: [] as { file: string; messages: ({ url: string; html: string } | { outputPath: string })[]; keepsAlive: boolean[] }[],
}));
vi.mock('node:worker_threads', async () => {
	const { EventEmitter } = await import('node:events');
	class Worker extends EventEmitter {
		readonly messages: (typeof thread.started)[number]['messages'] = [];
		/** Each ref() and unref(): whether the thread keeps the process alive from then on. */
		readonly keepsAlive: boolean[] = [];
		constructor(file: URL) {
			super();
			thread.started.push({ file: file.href, messages: this.messages, keepsAlive: this.keepsAlive });
		}
		postMessage(message: (typeof this.messages)[number]) {
			this.messages.push(message);
			// The last message says where to write: the thread answers then.
			if ('outputPath' in message) setImmediate(() => thread.answer(this));
		}
		ref() {
			this.keepsAlive.push(true);
		}
		unref() {
			this.keepsAlive.push(false);
		}
		terminate() {
			setImmediate(() => this.emit('exit', 1));
			return Promise.resolve(1);
		}
	}
	return { Worker };
});
// A rename across disks fails; the index is then copied.
const disk = vi.hoisted(() => ({ crossDevice: false }));
vi.mock('node:fs', async (original) => {
	const fs = await original<typeof import('node:fs')>();
	const renameSync: typeof fs.renameSync = (from, to) => {
		if (disk.crossDevice)
			throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${String(from)}' -> '${String(to)}'`), { code: 'EXDEV' });
		fs.renameSync(from, to);
	};
	return { ...fs, default: { ...fs, renameSync }, renameSync };
});

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	thread.started.length = 0;
	disk.crossDevice = false;
});

function outDir() {
	const dir = mkdtempSync(join(tmpdir(), 'astro-privacy-search-'));
	dirs.push(dir);
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
	return dir;
}

const record = searchRecord;

const logger = { info: vi.fn() } as unknown as AstroIntegrationLogger;
function failure(dir: string, records = [record('intro')]) {
	const index = startSearchIndex(join(dir, 'cache'), { statements: [], locales: [], strings: { nl: bundledStrings.nl! } });
	for (const r of records) index.receive(r);
	return index.finish(dir, logger).then(
		() => expect.unreachable('the index was built'),
		(error: Error & { hint?: string }) => error,
	);
}
const writeHint = (index: string) =>
	`Check that ${index} can be written (nothing else, such as a file in public/, may take that path); set \`search: false\` in the astroPrivacy() options to build without search meanwhile.`;

describe("the search index, on each failure of Pagefind's thread", () => {
	it('sends the index worker each record as Pagefind reads it, then the folder to write it in', async () => {
		thread.answer = (worker) => worker.emit('exit', 1);
		const dir = outDir();
		await failure(dir, [record('intro'), record('cookies', 'en')]);
		expect(thread.started).toHaveLength(1);
		const [{ file, messages }] = thread.started as [(typeof thread.started)[number]];
		expect(file).toMatch(/\/integration\/search\/index-worker\.mjs$/);
		const [intro, cookies, last] = messages as [{ url: string; html: string }, { url: string; html: string }, { outputPath: string }];
		expect([intro.url, cookies.url]).toEqual(['/privacy/#intro', '/privacy/#cookies']);
		expect(cookies.html).toMatch(/^<html lang="en"><body><main data-pagefind-body><h1>cookies<\/h1><p>Tekst\.<\/p>/);
		expect(last).toEqual({ outputPath: join(dir, 'cache/astro-privacy-search') });
	});

	it('lists every clause text Pagefind refused, by its index in the records', async () => {
		thread.answer = (worker) =>
			worker.emit('message', {
				failed: [
					{ record: 2, message: 'bad text' },
					{ record: 0, message: 'no words' },
				],
				errors: [],
			});
		const dir = outDir();
		const error = await failure(dir, [record('intro'), record('cookies'), record('retention', 'en', ['2019-01-01', '2020-01-01'])]);
		expect(error.message).toBe(
			[
				'Pagefind could not index 2 clause text(s):',
				'- statement "privacy", clause "retention" (en, versions 2019-01-01, 2020-01-01): bad text',
				'- statement "privacy", clause "intro" (nl, versions 2019-01-01): no words',
			].join('\n'),
		);
		expect(existsSync(dir)).toBe(false);
	});

	it("reports Pagefind's own errors in writing the index, all of them", async () => {
		thread.answer = (worker) => worker.emit('message', { failed: [], errors: ['disk full', 'read-only'] });
		const dir = outDir();
		const error = await failure(dir);
		const index = join(dir, '_astro-privacy/pagefind');
		expect(error.message).toBe(`Pagefind could not write the search index to ${index}: disk full; read-only.`);
		expect(error.hint).toBe(writeHint(index));
		expect(existsSync(dir)).toBe(false);
	});

	it('reports a thread that failed with the reason it gives', async () => {
		thread.answer = (worker) => worker.emit('error', new Error('Pagefind service error'));
		const dir = outDir();
		const error = await failure(dir);
		const index = join(dir, '_astro-privacy/pagefind');
		expect(error.message).toBe(`Pagefind could not write the search index to ${index}: Pagefind service error.`);
		expect(error.hint).toBe(writeHint(index));
	});

	it('reports a thread that ended without an answer, with its exit code', async () => {
		thread.answer = (worker) => worker.emit('exit', 7);
		const dir = outDir();
		const error = await failure(dir);
		expect(error.message).toBe(
			`Pagefind could not write the search index to ${join(dir, '_astro-privacy/pagefind')}: it stopped without finishing (exit code 7).`,
		);
	});

	it('takes the answer, not the end of the thread that follows it', async () => {
		thread.answer = (worker) => {
			worker.emit('message', { failed: [], errors: ['disk full'] });
			worker.emit('exit', 0);
		};
		const error = await failure(outDir());
		expect(error.message).toMatch(/: disk full\.$/);
	});

	it('reports the failure even when the output folder is gone already', async () => {
		thread.answer = (worker) => worker.emit('exit', 1);
		const dir = join(outDir(), 'never-made');
		const error = await failure(dir);
		expect(error.message).toMatch(/^Pagefind could not write the search index to /);
		expect(existsSync(dir)).toBe(false);
	});

	it('lets the process end while the pages render, and holds it only while the index is finished', async () => {
		thread.answer = (worker) => worker.emit('exit', 1);
		const dir = outDir();
		const index = startSearchIndex(join(dir, 'cache'), { statements: [], locales: [], strings: {} });
		const [{ keepsAlive }] = thread.started as [(typeof thread.started)[number]];
		expect(keepsAlive).toEqual([false]);
		await index.finish(dir, logger).catch(() => {});
		expect(keepsAlive).toEqual([false, true]);
	});

	it('leaves no unhandled error behind when the build stops before its pages are written', async () => {
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		try {
			startSearchIndex(join(outDir(), 'cache'), { statements: [], locales: [], strings: {} }).stop();
			await new Promise((resolve) => setTimeout(resolve, 20));
			expect(unhandled).not.toHaveBeenCalled();
		} finally {
			process.off('unhandledRejection', unhandled);
		}
	});

	it('copies the index into the output where the cache is on another disk, and leaves the cache empty', async () => {
		const dir = outDir();
		const cache = join(dir, 'cache');
		thread.answer = (worker) => {
			mkdirSync(join(cache, 'astro-privacy-search'), { recursive: true });
			writeFileSync(join(cache, 'astro-privacy-search/pagefind-entry.json'), '{}');
			worker.emit('message', { failed: [], errors: [] });
		};
		disk.crossDevice = true;
		const index = startSearchIndex(cache, { statements: [], locales: [], strings: {} });
		await index.finish(dir, logger);
		expect(readdirSync(join(dir, '_astro-privacy/pagefind'))).toEqual(['pagefind-entry.json']);
		expect(readdirSync(cache)).toEqual([]);
	});
});
