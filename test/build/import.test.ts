import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../integration/import/cli.ts';
import { buildSite, copyFixture } from './fixture.ts';

const source = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** The 2021 copy of the hosting statement: one sentence changed in two sections, a section added, one gone. */
function later(html: string, locale: 'nl' | 'en'): string {
	const nl = locale === 'nl';
	const edits: [RegExp | string, string][] = [
		[nl ? 'Laatste aanpassing: 1 januari 2019' : 'Last updated: January 1, 2019', nl ? 'Laatste aanpassing: 1 maart 2021' : 'Last updated: March 1, 2021'],
		[
			nl ? 'Wij verkopen uw gegevens nooit.' : 'We never sell your data.',
			nl ? 'Wij verkopen of verhuren uw gegevens nooit.' : 'We never sell or rent out your data.',
		],
		[nl ? 'wij reageren binnen vier weken.' : 'we respond within four weeks.', nl ? 'wij reageren binnen één maand.' : 'we respond within one month.'],
		[/<h3>3\.2[\s\S]*?(?=<h2>4\.)/, ''],
		[
			'</article>',
			nl
				? '<h2>7. Cookies</h2><p>Wij gebruiken alleen functionele cookies.</p></article>'
				: '<h2>7. Cookies</h2><p>We only use functional cookies.</p></article>',
		],
	];
	return edits.reduce((text, [from, to]) => {
		const next = text.replace(from, to);
		if (next === text) throw new Error(`the ${locale} fixture has no ${from}`);
		return next;
	}, html);
}

async function importInto(root: string, ...args: string[]) {
	const log: string[] = [];
	const status = await runImport(args, { cwd: root, log: (line) => log.push(line) });
	return { status, log: log.join('\n') };
}

describe('astro-privacy import', () => {
	it('turns the page a site publishes into a versioned statement, then a later copy into the next version with a redline', async () => {
		const root = copyFixture('import-site', (dir) => {
			writeFileSync(join(dir, 'privacy-nl.html'), source('hosting-nl.html'));
			writeFileSync(join(dir, 'privacy-en.html'), source('hosting-en.html'));
			writeFileSync(join(dir, 'privacy-nl-2021.html'), later(source('hosting-nl.html'), 'nl'));
			writeFileSync(join(dir, 'privacy-en-2021.html'), later(source('hosting-en.html'), 'en'));
		});
		const first = await importInto(root, 'privacy-nl.html', '--statement', 'privacy');
		expect(first.status).toBe(0);
		expect(first.log).toContain('as version 2019-01-01 of `privacy` (nl), dated by "Laatste aanpassing: 1 januari 2019".');
		expect(first.log).toContain('every sentence kept.');
		expect(first.log).toContain('Added statement `privacy`');
		expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toMatch(/numbering: ['"]decimal['"]/);
		const versionFile = readFileSync(join(root, 'content/privacy/versions/2019-01-01.yaml'), 'utf8');
		expect(versionFile).toContain('summary:\n  nl: Eerste versie, overgenomen uit privacy-nl.html.\n  en: First version, taken over from privacy-nl.html.\n');
		expect(versionFile).toContain('#   kvk: "12345678"');
		expect(readFileSync(join(root, 'content/privacy/nl/uitvoeren-van-de-overeenkomst/2019-01-01.mdx'), 'utf8')).toBe(
			'---\ntitle: Uitvoeren van de overeenkomst\norder: 10\nparent: waarom-wij-deze-gegevens-verwerken\n---\n\nOm uw pakket te leveren, uw domeinnaam te registreren en u te factureren, hebben wij uw gegevens nodig (artikel 6 lid 1 sub b AVG).\n',
		);
		expect((await importInto(root, 'privacy-en.html', '--statement', 'privacy', '--locale', 'en')).status).toBe(0);
		// Nothing is overwritten: the same import again is refused before anything is written.
		const again = await importInto(root, 'privacy-nl.html', '--statement', 'privacy');
		expect(again.status).toBe(1);
		expect(again.log).toContain('is not after 2019-01-01, the newest version of `privacy`');

		const next = await importInto(root, 'privacy-nl-2021.html', '--statement', 'privacy');
		expect(next.status).toBe(0);
		expect(readFileSync(join(root, 'content/privacy/versions/2021-03-01.yaml'), 'utf8')).toBe(
			'summary:\n  nl: "Gewijzigd: Delen met derden, Uw rechten. Nieuw: Cookies. Vervallen: Beveiliging en misbruik."\n  en: "Changed: Delen met derden, Uw rechten. New: Cookies. Removed: Beveiliging en misbruik."\nremoves:\n  - beveiliging-en-misbruik\n',
		);
		expect(next.log).toContain('import the en copy with `--locale en --version 2021-03-01`');
		expect((await importInto(root, 'privacy-en-2021.html', '--statement', 'privacy', '--locale', 'en', '--version', '2021-03-01')).status).toBe(0);

		const site = await buildSite(root, '2022-01-01');
		const page = site.read('privacy/2019-01-01/index.html');
		expect(page).toContain('<span class="policy-number">3.1</span> Uitvoeren van de overeenkomst');
		expect(page).not.toContain('Laatste aanpassing');
		expect(site.read('en/privacy/2019-01-01/index.html')).toContain('Performing the contract');
		const redline = site.read('privacy/changes/2021-03-01/index.html');
		expect(redline).toContain('<ins><span class="visually-hidden">toegevoegd: </span>of verhuren</ins>');
		expect(redline).toMatch(
			/<del><span class="visually-hidden">verwijderd: <\/span>vier weken<\/del><ins><span class="visually-hidden">toegevoegd: <\/span>één maand<\/ins>/,
		);
		expect(redline).toContain('Beveiliging en misbruik');
		expect(site.read('privacy/index.html')).toContain('Wij gebruiken alleen functionele cookies.');

		// Round trip: the built page of the first version imports back into the clause texts it was built from
		// (the intro's title aside: the page shows the statement's title there, not the source's).
		const roundTrip = copyFixture('import-site', (dir) => writeFileSync(join(dir, 'page.html'), page));
		expect((await importInto(roundTrip, 'page.html', '--statement', 'privacy', '--version', '2019-01-01')).status).toBe(0);
		const clauses = readdirSync(join(root, 'content/privacy/nl')).filter((clause) => existsSync(join(root, `content/privacy/nl/${clause}/2019-01-01.mdx`)));
		expect(clauses).toHaveLength(9);
		for (const clause of clauses) {
			const file = (dir: string) => readFileSync(join(dir, `content/privacy/nl/${clause}/2019-01-01.mdx`), 'utf8').replace(/^title: .*$/m, '');
			expect(file(roundTrip), clause).toBe(file(root));
		}
	});

	it.each(['webshop-nl.md', 'advocaat-nl.txt', 'hosting-nl-copied.txt'])(
		'imports %s, Markdown or text as copied from a browser, into a site that builds',
		async (name) => {
			// A Dutch-only site: the version's summary is in Dutch alone.
			const root = copyFixture('import-site', (dir) => {
				writeFileSync(join(dir, name), source(name));
				const config = join(dir, 'astro.config.mjs');
				writeFileSync(config, readFileSync(config, 'utf8').replace('search: false,', "search: false,\n\t\t\tlocales: ['nl'],"));
			});
			const result = await importInto(root, name, '--statement', 'privacy');
			expect(result.status, result.log).toBe(0);
			expect(result.log).toContain('every sentence kept.');
			const site = await buildSite(root, '2030-01-01');
			const version = /as version (\S+) of/.exec(result.log)![1]!;
			expect(site.read(`privacy/${version}/index.html`)).toContain('data-astro-privacy');
		},
	);

	it('refuses what it cannot import, saying how to fix it, and writes nothing', async () => {
		const root = copyFixture('import-site', (dir) => {
			writeFileSync(join(dir, 'undated.md'), '# Privacyverklaring\n\n## Wie wij zijn\n\nWij zijn Kanaal Hosting.\n');
			writeFileSync(join(dir, 'empty.txt'), '');
		});
		const undated = await importInto(root, 'undated.md', '--statement', 'privacy');
		expect(undated).toEqual({ status: 1, log: expect.stringContaining('Give the date the text took effect: add `--version YYYY-MM-DD`.') });
		expect((await importInto(root, 'empty.txt', '--statement', 'privacy', '--version', '2020-01-01')).status).toBe(1);
		expect((await importInto(root, 'undated.md', '--statement', 'privacy', '--version', '2020-02-30')).log).toContain('is not a date');
		expect((await importInto(root, 'undated.md', '--statement', 'privacy', '--bogus')).status).toBe(2);
		const dry = await importInto(root, 'undated.md', '--statement', 'privacy', '--version', '2020-01-01', '--dry-run');
		expect(dry.log).toContain('content/privacy/nl/wie-wij-zijn/2020-01-01.mdx');
		expect(dry.log).toContain('Dry run: nothing was written.');
		expect(() => readFileSync(join(root, 'content/privacy/versions/2020-01-01.yaml'))).toThrow();
	});
});
