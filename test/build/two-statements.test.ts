import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

/** What each statement's pages may show, and the other's never. */
const FACTS = {
	privacy: ['Testhost B.V.', 'Teststraat 1', '12345678', 'privacy@testhost.example', 'Bewaartermijnen', 'Wie wij zijn'],
	cookies: ['Koekjes B.V.', 'Bakkerstraat 9', 'Oventje 2', '87654321', 'cookies@koekjes.example', 'Cookietermijnen', 'Over Koekjes', 'Cookie periods'],
};

let site: Awaited<ReturnType<typeof buildFixture>>;
beforeAll(async () => {
	// The cookie statement: another company, no built-in contact block (its own clause prints the facts,
	// and changes with the address in 2022), and other section titles.
	site = await buildFixture('basic', {
		buildDate: '2025-01-01',
		edit: (root) => {
			const cookies = join(root, 'content/cookies');
			cpSync(join(root, 'content/privacy'), cookies, { recursive: true });
			rmSync(join(cookies, 'policy.lock.json'));
			const rewrite = (file: string, edit: (text: string) => string) => writeFileSync(join(cookies, file), edit(readFileSync(join(cookies, file), 'utf8')));
			for (const [locale, intro, retention, contact] of [
				['nl', 'Over Koekjes', 'Cookietermijnen', 'Contactgegevens'],
				['en', 'About Koekjes', 'Cookie periods', 'Contact details'],
			] as const) {
				for (const file of ['intro/2020-01-01.mdx', 'intro/2031-01-01.mdx']) rewrite(`${locale}/${file}`, (t) => t.replace(/^title: .*$/m, `title: ${intro}`));
				for (const file of ['retention/2020-01-01.mdx', 'retention/2022-01-01.mdx'])
					rewrite(`${locale}/${file}`, (t) => t.replace(/^title: .*$/m, `title: ${retention}`));
				cpSync(join(cookies, `${locale}/newsletter`), join(cookies, `${locale}/contact`), { recursive: true });
				const clause = (text: string) => `---\ntitle: ${contact}\norder: 90\n---\n\n<Controller field="name" />, <Controller field="address" />${text}\n`;
				writeFileSync(join(cookies, `${locale}/contact/2020-01-01.mdx`), clause(', <Controller field="email" />.'));
				writeFileSync(join(cookies, `${locale}/contact/2022-01-01.mdx`), clause('.'));
			}
			rmSync(join(cookies, 'versions/2022-01-01.yaml'));
			writeFileSync(
				join(cookies, 'versions/2022-01-01.yaml'),
				'summary:\n  nl: Kortere termijn; nieuw adres.\n  en: Shorter period; new address.\nremoves:\n  - newsletter\ncontroller:\n  address: ["Oventje 2", "5678 CD Utrecht"]\n',
			);
			const config = join(root, 'astro.config.mjs');
			const statement =
				"{ id: 'cookies', contact: false, art13: false, controller: { name: 'Koekjes B.V.', address: ['Bakkerstraat 9', '1234 CD Utrecht'], email: 'cookies@koekjes.example', kvk: '87654321' } }";
			writeFileSync(
				config,
				readFileSync(config, 'utf8')
					.replace('strict: true,', 'strict: false,')
					.replace("statements: [{ id: 'privacy', art13: false }],", `statements: [{ id: 'privacy', art13: false }, ${statement}],`),
			);
		},
	});
});

const textOf = (node: ElementContent | Root): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
const pagesOf = (statement: string) =>
	readdirSync(site.dist, { recursive: true, withFileTypes: true })
		.filter((f) => f.isFile() && f.name.endsWith('.html'))
		.map((f) => join(f.parentPath, f.name).slice(site.dist.length + 1))
		.filter((path) => path.replace(/^en\//, '').startsWith(`${statement}/`));

describe('two statements of two companies, one without the contact block', () => {
	it('show on every page only their own facts and titles', () => {
		for (const [statement, other] of [
			['privacy', 'cookies'],
			['cookies', 'privacy'],
		] as const) {
			const pages = pagesOf(statement);
			expect(pages.length, statement).toBeGreaterThan(8);
			for (const page of pages) {
				const text = textOf(select('main, article', fromHtml(site.read(page)))!);
				for (const fact of FACTS[other]) expect(text, `${page} shows ${fact}`).not.toContain(fact);
			}
		}
	});

	it('never show one section title twice on a page', () => {
		for (const page of [...pagesOf('privacy'), ...pagesOf('cookies')]) {
			const titles = selectAll('h1, h2, h3, h4', fromHtml(site.read(page))).map((h) => textOf(h).trim());
			expect(
				titles.filter((t, i) => titles.indexOf(t) !== i),
				page,
			).toEqual([]);
		}
	});

	it('say in one line of the redline which contact facts changed, where the pages have no contact block', () => {
		for (const [page, line] of [
			['cookies/changes/2022-01-01/index.html', 'De contactgegevens zijn gewijzigd: Bezoekadres.'],
			['en/cookies/changes/since/2020-01-01/index.html', 'The contact details changed: Visiting address.'],
		]) {
			const tree = fromHtml(site.read(page!));
			expect(select('#policy-contact-changes', tree), page).toBeUndefined();
			expect(selectAll('.policy-redline-summary li', tree).map(textOf), page).toContain(line);
		}
		// Nor do its version pages.
		expect(site.read('cookies/2022-01-01/index.html')).not.toContain('policy-contact');
	});
});
