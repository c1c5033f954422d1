/** Search in real Chromium: from the first key of a first query to the first result shown, and the bytes that took. */
import { join } from 'node:path';
import { launchBrowser, serve } from '../test/browser/site.ts';
import { median } from './measure.ts';

export async function searchLatency(root: string, query: string, runs: number) {
	const { url, server } = await serve(join(root, 'dist'));
	const browser = await launchBrowser();
	try {
		const results: { ms: number; bytes: number }[] = [];
		for (let run = 0; run < runs; run++) {
			// A context of its own: a reader's first visit, nothing cached.
			const context = await browser.newContext();
			const page = await context.newPage();
			const bytes: Promise<number>[] = [];
			await page.goto(`${url}/privacy/`);
			page.on('response', (r) => bytes.push(r.body().then((body) => body.length)));
			const meta = page.waitForResponse((r) => r.url().endsWith('.pf_meta'));
			await page.getByRole('searchbox').focus();
			await meta;
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
			results.push({ ms, bytes: (await Promise.all(bytes)).reduce((a, b) => a + b, 0) });
			await context.close();
		}
		return { ms: median(results.map((r) => r.ms)), bytes: median(results.map((r) => r.bytes)) };
	} finally {
		await browser.close();
		server.close();
	}
}
