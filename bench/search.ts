/**
 * Search in real Chromium: from the first key of a query to the first result shown. Each run is a reader
 * of their own: a first visit, then a return to the page with the index in the browser's cache (the
 * target's case), served with a cache lifetime as a static host would.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, serve } from '../test/browser/site.ts';
import { median } from './measure.ts';

/** Until no request has been in flight for a while: the reader focused the box and paused before typing. */
async function quiet(page: Page, pending: { count: number }, ms = 200, timeout = 10_000) {
	const end = Date.now() + timeout;
	let since = Date.now();
	while (Date.now() < end) {
		if (pending.count > 0) since = Date.now();
		else if (Date.now() - since >= ms) return;
		await page.waitForTimeout(20);
	}
	throw new Error('search kept loading for 10 s after the search box was focused');
}

async function timedQuery(page: Page, url: string, query: string) {
	const pending = { count: 0 };
	const bytes: Promise<number>[] = [];
	await page.goto(url);
	const track = { request: () => pending.count++, done: () => pending.count-- };
	page.on('request', track.request);
	page.on('requestfinished', track.done);
	page.on('requestfailed', track.done);
	page.on('response', (r) =>
		bytes.push(
			r.body().then(
				(body) => body.length,
				() => 0,
			),
		),
	);
	await page.getByRole('searchbox').focus();
	await quiet(page, pending);
	// Timed in the page, so the round trips to the browser are not counted.
	const shown = await page.evaluateHandle(() => {
		let started = 0;
		document.addEventListener('input', () => (started ||= performance.now()), { capture: true });
		return {
			ms: new Promise<number>((resolve) => {
				new MutationObserver(() => document.querySelector('.policy-search-results li') && resolve(performance.now() - started)).observe(document.body, {
					childList: true,
					subtree: true,
				});
			}),
		};
	});
	await page.keyboard.type(query);
	const ms = await shown.evaluate((s) => s.ms);
	const total = (await Promise.all(bytes)).reduce((a, b) => a + b, 0);
	await page.close();
	return { ms, bytes: total };
}

/** Medians over `runs` readers: `first` on a first visit, `cached` on their return, and the bytes a first visit's query fetched. */
export async function searchLatency(dist: string, query: string, runs: number) {
	const { url, server } = await serve(dist, { 'Cache-Control': 'max-age=3600' });
	const browser = await launchBrowser();
	try {
		const results: { first: number; cached: number; bytes: number }[] = [];
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext();
			const first = await timedQuery(await context.newPage(), `${url}/privacy/`, query);
			const cached = await timedQuery(await context.newPage(), `${url}/privacy/`, query);
			results.push({ first: first.ms, cached: cached.ms, bytes: first.bytes });
			await context.close();
		}
		const of = (key: 'first' | 'cached' | 'bytes') => median(results.map((r) => r[key]));
		return { first: of('first'), cached: of('cached'), bytes: of('bytes') };
	} finally {
		await browser.close();
		server.close();
	}
}
