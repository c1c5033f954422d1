/**
 * `npm run bench`: this package against a site that copies every version (b) and the floor that renders
 * each distinct text once (c), on the same machine in one run, interleaved; prints medians and ratios.
 * Also the current page's weight, a first search in Chromium, `astro dev` and a large statement. See bench/README.md.
 * Not part of `npm test`. Options: `--quick` (smaller sizes, to try the benchmark itself).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePolicy, type PolicyShape } from './generate.ts';
import { coldBuild, median, type BuildResult } from './measure.ts';
import { copySite, floorSite, packageSite } from './sites.ts';
import { devLatency } from './dev.ts';
import { currentPageFigures, indexBytes } from './figures.ts';
import { searchLatency } from './search.ts';

const quick = process.argv.includes('--quick');
const work = fileURLToPath(new URL('./.work/', import.meta.url));
mkdirSync(work, { recursive: true });
const rounds = quick ? 1 : 3;
const searchRuns = quick ? 3 : 7;
const size = quick ? { clauses: 20, versions: 8 } : { clauses: 100, versions: 30 };
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const check = (ok: boolean) => (ok ? 'met' : 'NOT MET');

function compare(style: PolicyShape['style']) {
	const policy = generatePolicy({ ...size, churn: 0.1, style, seed: 7 });
	const sites = { a: join(work, `a-${style}`), b: join(work, `b-${style}`), c: join(work, `c-${style}`) };
	packageSite(sites.a, policy);
	copySite(sites.b, policy);
	floorSite(sites.c, policy);
	const results: Record<'a' | 'b' | 'c', BuildResult[]> = { a: [], b: [], c: [] };
	for (let round = 0; round < rounds; round++) for (const key of ['a', 'b', 'c'] as const) results[key].push(coldBuild(sites[key]));
	const wall = (key: 'a' | 'b' | 'c') => median(results[key].map((r) => r.ms));
	const peak = (key: 'a' | 'b' | 'c') => median(results[key].map((r) => r.peakBytes));
	console.log(
		`\n## ${size.clauses} clauses × ${size.versions} versions × 2 locales, 10% churn, ${style} edits (${policy.revisions.length} distinct revisions; medians of ${rounds})`,
	);
	for (const key of ['a', 'b', 'c'] as const) console.log(`(${key}) ${s(wall(key))}, peak ${gib(peak(key))}`);
	console.log(
		`a/b = ${(wall('a') / wall('b')).toFixed(2)} (target ≤ 0.3: ${check(wall('a') / wall('b') <= 0.3)}); a/c = ${(wall('a') / wall('c')).toFixed(2)} (target ≤ 1.35: ${check(wall('a') / wall('c') <= 1.35)})`,
	);
	return sites;
}

function scaling() {
	const shape = { ...size, churn: 0.02, style: 'small' as const, seed: 11 };
	const runs = [shape.versions, shape.versions * 2].map((versions) => {
		const policy = generatePolicy({ ...shape, versions });
		const root = join(work, `scale-${versions}`);
		packageSite(root, policy);
		const times = Array.from({ length: rounds }, () => coldBuild(root).ms);
		return { versions, revisions: policy.revisions.length, ms: median(times), index: indexBytes(root) };
	});
	const [v, v2] = runs as [(typeof runs)[0], (typeof runs)[0]];
	const r = v2.revisions / v.revisions;
	console.log(`\n## Scaling at 2% churn: V = ${v.versions} → ${v2.versions}`);
	console.log(
		`distinct revisions ×${r.toFixed(2)}; build time ×${(v2.ms / v.ms).toFixed(2)} (target ≤ ${(1.1 * r).toFixed(2)}: ${check(v2.ms / v.ms <= 1.1 * r)}); search index ×${(v2.index / v.index).toFixed(2)} (target ≤ ${(1.1 * r).toFixed(2)}: ${check(v2.index / v.index <= 1.1 * r)})`,
	);
}

function large() {
	const shape = quick ? { clauses: 60, versions: 10 } : { clauses: 500, versions: 50 };
	const root = join(work, 'large');
	packageSite(root, generatePolicy({ ...shape, churn: 0.05, style: 'small', seed: 13 }));
	const result = coldBuild(root);
	console.log(`\n## ${shape.clauses} clauses × ${shape.versions} versions, 5% churn`);
	console.log(
		`${s(result.ms)} (target < 60 s: ${check(result.ms < 60_000)}), peak ${gib(result.peakBytes)} (target < 1.5 GiB: ${check(result.peakBytes < 1.5 * 1024 ** 3)})`,
	);
}

console.log(`# astro-privacy benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
const small = compare('small');
compare('rewrite');
const page = currentPageFigures(small.a, small.c);
console.log(
	`\n## The current page\nmarkup over the floor's page: ${(page.overhead * 100).toFixed(1)}% (target ≤ 10%: ${check(page.overhead <= 0.1)}); JavaScript before search is used: ${page.jsBytes} bytes (target ≤ 512: ${check(page.jsBytes <= 512)})`,
);
const search = await searchLatency(small.a, 'registrar', searchRuns);
console.log(
	`\n## Search in Chromium, a first query on the current page (median of ${searchRuns})\nfirst results ${search.ms.toFixed(0)} ms after the first key (target ≤ 150 ms: ${check(search.ms <= 150)}); ${(search.bytes / 1024).toFixed(1)} KiB fetched after the page loaded`,
);
scaling();
const dev = await devLatency(small.a);
console.log(
	`\n## astro dev, edit to visible\nbody edit ${dev.body.toFixed(0)} ms, title edit ${dev.title.toFixed(0)} ms (target ≤ 300 ms: ${check(Math.max(dev.body, dev.title) <= 300)})`,
);
large();
