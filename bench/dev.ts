/** `astro dev`: how long from saving a clause file until the page shows the change. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const astro = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');

async function until(url: string, test: (html: string) => boolean, timeout = 30_000): Promise<void> {
	const end = Date.now() + timeout;
	while (Date.now() < end) {
		try {
			const response = await fetch(url);
			if (response.ok && test(await response.text())) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`${url} did not show the change within ${timeout} ms`);
}

export async function devLatency(root: string) {
	const port = 4500 + (process.pid % 400);
	const server = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}/privacy/`;
	try {
		await until(url, () => true, 120_000);
		const folder = join(root, 'content/privacy/nl/c1');
		const file = join(folder, readdirSync(folder).sort().at(-1)!);
		const original = readFileSync(file, 'utf8');
		const timed = async (edited: string, marker: string) => {
			const started = performance.now();
			writeFileSync(file, edited);
			await until(url, (html) => html.includes(marker));
			return performance.now() - started;
		};
		const body = await timed(`${original.trimEnd()} Bewerkt.\n`, 'Bewerkt.');
		const title = await timed(original.replace('title: Onderdeel 1', 'title: Onderdeel een'), 'Onderdeel een');
		writeFileSync(file, original);
		return { body, title };
	} finally {
		server.kill();
	}
}
