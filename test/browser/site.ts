import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import sparticuz from '@sparticuz/chromium';
import { build } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/** Builds the demo site, as a user would, into a folder of its own with a fixed build date. */
export async function buildDemo(): Promise<string> {
	const outDir = join(repo, 'test/.tmp/demo-dist');
	process.env.POLICY_BUILD_DATE = '2026-11-23';
	try {
		await build({ root: repo, outDir, logLevel: 'silent' });
	} finally {
		delete process.env.POLICY_BUILD_DATE;
	}
	return outDir;
}

/** A static file server on loopback, like `astro preview`; `headers` are sent with every response. */
export async function serve(dir: string, headers: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname));
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dir) || !existsSync(file)) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headers });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return { url: `http://127.0.0.1:${port}`, server };
}

/** Chromium from the @sparticuz/chromium npm package, or Debian's when CHROMIUM_PATH points at it. */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH ?? (await sparticuz.executablePath());
	return chromium.launch({
		executablePath,
		headless: true,
		// Not sparticuz.args: those are for AWS Lambda (--single-process crashes on a second page). The
		// network is loopback only, so Chromium's background services are switched off.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** A search's hits once it has settled: the list is busy until the words typed last have their results. */
export const settledHits = (page: Page) => page.locator('.policy-search-results:not([aria-busy]) li');
