/**
 * `astro dev`: how long from saving a clause file until the page shows the change, on our site and on the
 * floor's, both servers up at once and the edits alternating, so a busy moment of the machine hits both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median } from './measure.ts';

const astro = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');

/** A site under `astro dev`: the clause file the bench edits and the page that shows it. */
interface DevSite {
	root: string;
	file: string;
	path: string;
}

/** Ours: the newest Dutch text of the first clause, on the current page. */
export function packageDevSite(root: string): DevSite {
	const folder = join(root, 'content/privacy/nl/c1');
	return { root, file: join(folder, readdirSync(folder).sort().at(-1)!), path: '/privacy/' };
}

/** The floor: the same text, on the newest version's Dutch page. */
export function floorDevSite(root: string): DevSite {
	const versions = readdirSync(join(root, 'revisions')).sort();
	const changed = versions.filter((v) => existsSync(join(root, 'revisions', v, 'nl/c1.mdx'))).at(-1)!;
	return { root, file: join(root, 'revisions', changed, 'nl/c1.mdx'), path: `/nl/${versions.at(-1)}/` };
}

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

interface Server {
	process: ChildProcess;
	url: string;
	original: string;
}

async function start(site: DevSite, port: number): Promise<Server> {
	const child = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: site.root, stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}${site.path}`;
	await until(url, () => true, 120_000);
	return { process: child, url, original: readFileSync(site.file, 'utf8') };
}

/** One body edit and one title edit, timed; then the original text back, waited for but not timed. */
async function cycle(site: DevSite, server: Server) {
	const timed = async (edited: string, marker: string) => {
		const started = performance.now();
		writeFileSync(site.file, edited);
		await until(server.url, (html) => html.includes(marker));
		return performance.now() - started;
	};
	const body = await timed(`${server.original.trimEnd()} Bewerkt.\n`, 'Bewerkt.');
	const title = await timed(server.original.replace('title: Onderdeel 1', 'title: Onderdeel een'), 'Onderdeel een');
	writeFileSync(site.file, server.original);
	await until(server.url, (html) => !html.includes('Onderdeel een') && !html.includes('Bewerkt.'));
	return { body, title };
}

/** Medians over `rounds` edit cycles on each site. */
export async function devLatency(ours: DevSite, floor: DevSite, rounds: number) {
	const port = 4500 + (process.pid % 400);
	const servers: Server[] = [];
	try {
		servers.push(await start(ours, port), await start(floor, port + 1));
		const times = { ours: [] as { body: number; title: number }[], floor: [] as { body: number; title: number }[] };
		for (let round = 0; round < rounds; round++) {
			times.ours.push(await cycle(ours, servers[0]!));
			times.floor.push(await cycle(floor, servers[1]!));
		}
		const of = (list: { body: number; title: number }[]) => ({ body: median(list.map((t) => t.body)), title: median(list.map((t) => t.title)) });
		return { ours: of(times.ours), floor: of(times.floor) };
	} finally {
		for (const server of servers) {
			writeFileSync([ours, floor][servers.indexOf(server)]!.file, server.original);
			server.process.kill();
		}
	}
}
