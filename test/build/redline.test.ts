import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

const at = (root: string, path: string) => join(root, 'content/privacy', path);
const clause = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;
let site: Awaited<ReturnType<typeof buildFixture>>;

// A version 2032-01-01 (the fixture's 2031 draft makes way) that retitles and summarises `retention` and
// adds a clause; built on 2033-01-01, so 2032 is current and 2020 and 2022 are earlier versions.
beforeAll(async () => {
	site = await buildFixture('basic', {
		buildDate: '2033-01-01',
		edit: (root) => {
			const config = join(root, 'astro.config.mjs');
			writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true', 'strict: false'));
			for (const p of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(at(root, p));
			writeFileSync(at(root, 'versions/2032-01-01.yaml'), 'summary:\n  nl: Tabel.\n  en: Table.\n');
			writeFileSync(
				at(root, 'nl/retention/2032-01-01.mdx'),
				clause('title: Bewaartermijnen en archief\norder: 20\nsummary: Facturen zeven jaar.', 'Wij bewaren logs zes weken en facturen zeven jaar.'),
			);
			writeFileSync(
				at(root, 'en/retention/2032-01-01.mdx'),
				clause('title: Retention and archive\norder: 20\nsummary: Invoices seven years.', 'We keep server logs for six weeks and invoices for seven years.'),
			);
			for (const l of ['nl', 'en']) {
				mkdirSync(at(root, `${l}/rights`));
				writeFileSync(at(root, `${l}/rights/2032-01-01.mdx`), clause('title: Rights\norder: 40', '| Right | How |\n| --- | --- |\n| Access | by e-mail |'));
			}
		},
	});
});

describe('redline pages', () => {
	it('compare the title and the summary, and list the changes at the top with links', () => {
		const html = site.read('en/privacy/changes/2032-01-01/index.html');
		expect(html).toContain('<h2 id="retention">Retention <ins><span class="visually-hidden">inserted: </span>and archive</ins></h2>');
		expect(html).toContain('<strong>In short</strong> <ins><span class="visually-hidden">inserted: </span>Invoices seven years.</ins>');
		expect(html).toMatch(
			/<nav class="policy-redline-summary"[^>]*><h2 id="policy-redline-summary">Summary of the changes<\/h2><ul><li><strong>1 section added:<\/strong> <a href="#rights">Rights<\/a><\/li><li><strong>1 section changed:<\/strong> <a href="#retention">Retention and archive<\/a><\/li><\/ul><\/nav>/,
		);
	});

	it('compare an earlier version with today, at a permanent URL linked from that version and the history', () => {
		const since = site.read('en/privacy/changes/since/2020-01-01/index.html');
		expect(since).toContain('<h1>What changed since the version of 1 January 2020</h1>');
		expect(since).toContain(
			'Compared with the current version, in force since <time datetime="2032-01-01">1 January 2032</time>.'.replace(/<\/?time[^>]*>/g, ''),
		);
		// Both later versions' changes at once: 2022 shortened the logs, 2032 added the archive and the rights table.
		expect(since).toMatch(/We keep <del>.*logs for three months<\/del><ins>.*server logs for six weeks<\/ins> and invoices for seven years\./);
		expect(since).toContain('<a href="#newsletter">Newsletter</a>');
		expect(since).toContain('<tr class="redline-ins">');
		expect(site.read('en/privacy/2020-01-01/index.html')).toContain('<a href="/en/privacy/changes/since/2020-01-01/">What changed since this version</a>');
		expect(site.read('privacy/changes/index.html')).toContain('<a href="/privacy/changes/since/2022-01-01/">Wat er sindsdien veranderde</a>');
		// Only pairs a reader can reach are built: not from the current version, nor an upcoming one.
		expect(site.exists('privacy/changes/since/2032-01-01/index.html')).toBe(false);
		expect(site.exists('privacy/changes/since/2022-01-01/index.html')).toBe(true);
	});

	it('are valid HTML', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
		for (const path of ['en/privacy/changes/2032-01-01/index.html', 'privacy/changes/since/2020-01-01/index.html', 'privacy/changes/2022-01-01/index.html']) {
			const report = await validator.validateString(site.read(path));
			expect(
				report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
				path,
			).toEqual([]);
		}
	});
});
