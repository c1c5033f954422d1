import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildError, buildFixture } from './fixture.ts';

/** Markup-like text, legal in a title, a summary or a UI string, which the pages print escaped. */
const odd = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> & 'quotes'";
const yaml = (text: string) => JSON.stringify(text);

/** The basic fixture with search on, not strict (the new version is not locked), and its draft gone. */
function withSearch(root: string, strings = '') {
	const config = join(root, 'astro.config.mjs');
	writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', `strict: false,${strings}`).replace('search: false,', ''));
	for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', file));
}

describe('the search step', () => {
	it('indexes titles, summaries and UI strings that look like markup as text, and builds', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				withSearch(root, `\n\t\t\tstrings: { nl: { 'statements.privacy': ${yaml(odd)} }, en: { 'search.inVersion': ${yaml(`${odd} {{date}}`)} } },`);
				writeFileSync(join(root, 'content/privacy/versions/2032-01-01.yaml'), 'summary:\n  nl: Vreemd.\n  en: Odd.\n');
				for (const locale of ['nl', 'en']) {
					mkdirSync(join(root, `content/privacy/${locale}/odd`));
					writeFileSync(
						join(root, `content/privacy/${locale}/odd/2032-01-01.mdx`),
						`---\ntitle: ${yaml(`Titel ${odd}`)}\norder: 50\nsummary: ${yaml(`Samenvatting ${odd}`)}\n---\n\nGewone tekst.\n`,
					);
				}
			},
		});
		const entry = JSON.parse(site.read('_astro-privacy/pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		// Each distinct text once per language: intro, retention (twice), newsletter, transfers, the odd clause.
		expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({ nl: 6, en: 6 });
		expect(site.read('privacy/2032-01-01/index.html')).toContain('Titel &lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('refuses a file of the site where the index goes, before anything is written', async () => {
		// Pagefind could not write the index there; that failure, and the removal of the output, are unit-tested (search-index.test.ts).
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				withSearch(root);
				mkdirSync(join(root, 'public'), { recursive: true });
				writeFileSync(join(root, 'public/_astro-privacy'), 'not a folder');
			},
		});
		expect(error.message).toContain('public/_astro-privacy/ is where astro-privacy writes the search index');
		expect(existsSync(error.site.dist)).toBe(false);
	});
});
