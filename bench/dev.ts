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

/**
 * How long an edit may take to show before it counts as missed. Plain Astro's dev server (the floor's)
 * sometimes reloads the entry, says so in its log, and goes on serving the text from before until the next
 * save; here in up to a quarter of the saves when they follow each other quickly.
 */
const MISSED_MS = 10_000;
/** Saves of one change in a row before the bench gives up on the server. */
const SAVES = 3;

/**
 * Saves `text` and waits until the page passes `test`; a missed save is made once more, with a blank line
 * more so its content differs. Returns the time from the first save, and whether a save was missed.
 */
export async function saveUntilShown(file: string, text: string, url: string, test: (html: string) => boolean, missedMs = MISSED_MS) {
	const started = performance.now();
	for (let save = 0; save < SAVES; save++) {
		writeFileSync(file, text + '\n'.repeat(save));
		try {
			await until(url, test, missedMs);
			return { ms: performance.now() - started, missed: save > 0 };
		} catch {
			// missed: saved again
		}
	}
	throw new Error(`${url} did not show the change of ${file} after ${SAVES} saves, ${missedMs / 1000} s each`);
}

/** One body edit and one title edit, timed; then the original text back, waited for but not timed. */
async function cycle(site: DevSite, server: Server): Promise<Timed> {
	const save = (text: string, test: (html: string) => boolean) => saveUntilShown(site.file, text, server.url, test);
	const body = await save(`${server.original.trimEnd()} Bewerkt.\n`, (html) => html.includes('Bewerkt.'));
	const title = await save(server.original.replace('title: Onderdeel 1', 'title: Onderdeel een'), (html) => html.includes('Onderdeel een'));
	await save(server.original, (html) => !html.includes('Onderdeel een') && !html.includes('Bewerkt.'));
	return { body: body.ms, title: title.ms, missed: body.missed || title.missed };
}

/**
 * Edit cycles with a missed save one site may have before the bench gives up on it. The floor has missed a
 * save in nearly half its cycles on a busy machine; fifteen leave a run of any size a chance of about one
 * in five thousand of giving up on a server that works.
 */
const MISSED_CYCLES = 15;

type Timed = { body: number; title: number; missed: boolean };

/**
 * `rounds` timed edit cycles of each site, alternating between them, and how many cycles had a missed
 * save: those are run once more, since a time that includes a second save is not the server's latency.
 */
export async function timedRounds<K extends string>(keys: K[], rounds: number, run: (key: K) => Promise<Timed>, missedCycles = MISSED_CYCLES) {
	const times = Object.fromEntries(keys.map((key) => [key, [] as Timed[]])) as Record<K, Timed[]>;
	const missed = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
	while (keys.some((key) => times[key].length < rounds)) {
		for (const key of keys) {
			if (times[key].length === rounds) continue;
			const timed = await run(key);
			if (!timed.missed) times[key].push(timed);
			else if (++missed[key] === missedCycles) throw new Error(`astro dev (${key}) missed a save in ${missedCycles} edit cycles`);
		}
	}
	return { times, missed };
}

/** Medians over `rounds` edit cycles on each site, and the cycles run once more (see `timedRounds`). */
export async function devLatency(ours: DevSite, floor: DevSite, rounds: number) {
	const port = 4500 + (process.pid % 400);
	const servers: Server[] = [];
	try {
		servers.push(await start(ours, port), await start(floor, port + 1));
		const sites = { ours: { site: ours, server: servers[0]! }, floor: { site: floor, server: servers[1]! } };
		const { times, missed } = await timedRounds(['ours', 'floor'], rounds, (key) => cycle(sites[key].site, sites[key].server));
		const of = (list: Timed[]) => ({ body: median(list.map((t) => t.body)), title: median(list.map((t) => t.title)) });
		return { ours: of(times.ours), floor: of(times.floor), missed };
	} finally {
		for (const server of servers) {
			writeFileSync([ours, floor][servers.indexOf(server)]!.file, server.original);
			server.process.kill();
		}
	}
}
