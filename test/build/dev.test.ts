import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from './fixture.ts';

const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const at = (root: string, path: string) => join(root, 'content/privacy', path);
const port = 4400 + (process.pid % 500);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let root: string;
let log = '';

beforeAll(() => {
	root = copyFixture('basic', (root) => {
		const config = join(root, 'astro.config.mjs');
		writeFileSync(config, readFileSync(config, 'utf8').replace('search: false', 'search: true'));
	});
	// As a user runs it: `astro dev` in its own process, without vitest's environment (Astro's dev server behaves differently under it).
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
	server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: { ...env, POLICY_BUILD_DATE: '2025-01-01' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk) => (log += chunk));
	server.stderr!.on('data', (chunk) => (log += chunk));
});
afterAll(() => {
	server?.kill();
});

/** Fetches until the page answers as expected: the server starts, and the loader reloads after a file event. */
async function waitFor(path: string, test: (status: number, html: string) => boolean) {
	let last = { status: 0, html: '' };
	for (let i = 0; i < 150; i++) {
		try {
			const response = await fetch(`${base}${path}`);
			last = { status: response.status, html: await response.text() };
			if (test(last.status, last.html)) return last;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${path} never answered as expected; last: ${last.status} ${last.html.slice(0, 300)}`);
}

describe('astro dev', () => {
	it('shows drafts, and shows lock and content errors in the error overlay instead of only logging them', async () => {
		const draft = await waitFor('/privacy/2031-01-01/', (status, html) => status === 200 && html.includes('CONCEPTTEKST'));
		// No index exists under dev, so the search box is told not to ask for one.
		expect(draft.html).toMatch(/data-client data-bundle=/);
		// The loader is served under dev as the build writes it, so the box can say where search works.
		const loader = await fetch(`${base}/_astro-privacy/loader.js`);
		expect(loader.headers.get('content-type')).toContain('javascript');
		expect(await loader.text()).toContain('data-policy-search');
		const file = at(root, 'en/retention/2020-01-01.mdx');
		const published = readFileSync(file, 'utf8');
		appendFileSync(file, '\nAnd a quiet change.\n');
		// The overlay page carries the error's type; its message reaches the overlay through Vite's socket and the log.
		const broken = await waitFor('/privacy/', (status) => status === 500);
		expect(broken.html).toContain('<title>AstroUserError</title>');
		expect(log).toContain('the text of clause `retention` (en) differs from content/privacy/policy.lock.json');
		writeFileSync(file, published);
		await waitFor('/privacy/', (status) => status === 200);
		// Drafts are checked too, since dev shows them: here the draft changes a clause in Dutch only.
		rmSync(at(root, 'en/intro/2031-01-01.mdx'));
		await waitFor('/privacy/2031-01-01/', (status) => status === 500);
		expect(log).toContain('version 2031-01-01 changes clause `intro` in nl only');
	});
});
