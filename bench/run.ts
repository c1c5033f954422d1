/**
 * `npm run bench`: this package against the floor (plain Astro + MDX rendering each distinct text once),
 * on the same machine in one run, interleaved, and one table of medians, ratios and targets. See bench/README.md.
 * `--quick`: small sizes and one round, CI's smoke check: it fails only on a crash or a ratio more than
 * twice its target, never on a time.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePolicy, type PolicyShape } from './generate.ts';
import { buildDemo, interleaved, type BuildResult } from './measure.ts';
import { copySite, floorSite, packageSite } from './sites.ts';
import { devLatency, floorDevSite, packageDevSite } from './dev.ts';
import { currentPageFigures } from './figures.ts';
import { searchLatency } from './search.ts';
import { hasImportCommand, importTime } from './import.ts';
import { formatTable, formatValue, smokeFailures, type Result, type Target, type Unit } from './table.ts';

const quick = process.argv.includes('--quick');
const repo = fileURLToPath(new URL('../', import.meta.url));
const work = join(repo, 'bench/.work');
mkdirSync(work, { recursive: true });
const plan = quick
	? { compare: { clauses: 20, versions: 8 }, large: { clauses: 60, versions: 10 }, rounds: 1, searchRuns: 1, devRounds: 1, importRuns: 1 }
	: { compare: { clauses: 100, versions: 30 }, large: { clauses: 500, versions: 50 }, rounds: 3, searchRuns: 5, devRounds: 3, importRuns: 3 };
const { compare: size, large: big } = plan;
const started = performance.now();
const results: Result[] = [];
/** Figures that have no target but explain the table: (b), first visits, bytes fetched. */
const notes: string[] = [];

const row = (measure: string, unit: Unit, kind: Target['kind'], limit: number): Result => ({ measure, unit, target: { kind, limit } });

/** Fills the rows of one measure; a crash marks the rows it left empty, and the rest of the bench still runs. */
async function measure(rows: Result[], fill: () => unknown) {
	results.push(...rows);
	try {
		await fill();
	} catch (error) {
		console.error(error);
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
		for (const r of rows) if (r.ours === undefined && !r.skipped) r.error = message;
	}
}

/** Cold builds of ours and the floor (and, in the full mode, of (b)) for one edit style; the sites, for the figures that read them. */
async function buildTimes(style: PolicyShape['style'], label: string) {
	const time = row(`build ${size.clauses}×${size.versions}, ${label}`, 'ms', 'ratio', 1.25);
	const sites = { a: join(work, `a-${style}`), c: join(work, `c-${style}`) };
	await measure([time], () => {
		const policy = generatePolicy({ ...size, churn: 0.1, style, seed: 7 });
		packageSite(sites.a, policy);
		floorSite(sites.c, policy);
		const copies = join(work, `b-${style}`);
		if (!quick) copySite(copies, policy);
		const built: Record<string, BuildResult> = interleaved<string>(quick ? sites : { ...sites, b: copies }, plan.rounds);
		time.ours = built.a!.ms;
		time.floor = built.c!.ms;
		const copied = built.b;
		if (copied)
			notes.push(`${label}: (b), every version a full copy of every clause, ${formatValue(copied.ms, 'ms')}; a/b ${(time.ours / copied.ms).toFixed(2)}`);
	});
	return sites;
}

console.log(
	`# astro-privacy benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}${quick ? ', quick' : `, medians of ${plan.rounds}`})`,
);
const small = await buildTimes('small', 'small edits');
await buildTimes('rewrite', 'rewrites');

const markup = row('current page markup', 'bytes', 'ratio', 1.1);
const js = row('JavaScript before search', 'bytes', 'at-most', 512);
await measure([markup, js], () => {
	const page = currentPageFigures(small.a, small.c);
	[markup.ours, markup.floor, js.ours] = [page.pageBytes, page.floorBytes, page.jsBytes];
});

const large = { a: join(work, 'large'), c: join(work, 'large-c') };
const bigTime = row(`build ${big.clauses}×${big.versions}, 5% churn`, 'ms', 'ratio', 1.5);
const bigPeak = row(`peak memory ${big.clauses}×${big.versions}`, 'bytes', 'ratio', 1.1);
await measure([bigTime, bigPeak], () => {
	const policy = generatePolicy({ ...big, churn: 0.05, style: 'small', seed: 13 });
	packageSite(large.a, policy);
	floorSite(large.c, policy);
	const built = interleaved(large, plan.rounds);
	[bigTime.ours, bigTime.floor, bigPeak.ours, bigPeak.floor] = [built.a.ms, built.c.ms, built.a.peakBytes, built.c.peakBytes];
});

/** First results after the first key, the index in the browser's cache; a first visit's figures go to the notes. */
async function search(label: string, limit: number, dist: () => string) {
	const result = row(`search, first results: ${label}`, 'ms', 'at-most', limit);
	await measure([result], async () => {
		const timed = await searchLatency(dist(), 'registrar', plan.searchRuns);
		result.ours = timed.cached;
		notes.push(`search on ${label}, a first visit: ${timed.first.toFixed(0)} ms, ${(timed.bytes / 1024).toFixed(1)} KiB fetched after the page loaded`);
	});
}
await search('demo', 150, () => buildDemo(repo, join(work, 'demo-dist')));
await search(`${big.clauses}×${big.versions}`, 300, () => join(large.a, 'dist'));

const body = row('astro dev: clause body edit to visible', 'ms', 'over-floor', 50);
const title = row('astro dev: clause title edit to visible', 'ms', 'over-floor', 150);
await measure([body, title], async () => {
	const dev = await devLatency(packageDevSite(small.a), floorDevSite(small.c), plan.devRounds);
	[body.ours, body.floor, title.ours, title.floor] = [dev.ours.body, dev.floor.body, dev.ours.title, dev.floor.title];
	if (dev.missed.ours + dev.missed.floor > 0)
		notes.push(`astro dev: edit cycles with a save the server missed, run once more: ours ${dev.missed.ours}, the floor ${dev.missed.floor}`);
});

const importRow = row('import a 50-section statement (--dry-run)', 'ms', 'at-most', 2000);
if (!hasImportCommand()) importRow.skipped = 'n/a (no import command)';
await measure([importRow], () => {
	if (!importRow.skipped) importRow.ours = importTime(join(work, 'import'), 50, plan.importRuns);
});

console.log(`\n${formatTable(results)}\n`);
for (const note of notes) console.log(`- ${note}`);
console.log(`- the whole run took ${formatValue(performance.now() - started, 'ms')}`);
// The full mode reports targets it misses in the table; only a crash fails it.
const failures = quick ? smokeFailures(results) : results.filter((r) => r.error).map((r) => `${r.measure}: crashed (${r.error})`);
for (const failure of failures) console.error(`FAILED ${failure}`);
process.exitCode = failures.length > 0 ? 1 : 0;
