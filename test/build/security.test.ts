import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { elements } from '../../integration/model/html.ts';
import { buildFixture, buildSite, copyFixture } from './fixture.ts';

/** Markup an author (or a compromised editor) might slip into any string the statement prints. */
const attack = `Evil</script><script>alert(1)</script><img src=x onerror="alert(2)">"' & <!-- -->`;
const yaml = (text: string) => JSON.stringify(text);

describe('strings from content and options are inert wherever they are printed', () => {
	it('titles, summaries, register facts, version summaries, controller facts and UI strings stay text in HTML, JSON, JSON-LD and the feed', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2033-01-01',
			edit: (root) => {
				const config = join(root, 'astro.config.mjs');
				writeFileSync(
					config,
					readFileSync(config, 'utf8').replace(
						'strict: true,',
						`strict: false,\n\t\t\tstrings: { nl: { 'redline.inserted': ${yaml(attack)}, 'toc.title': ${yaml(attack)} } },`,
					),
				);
				for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', file));
				writeFileSync(
					join(root, 'content/privacy/versions/2032-01-01.yaml'),
					`summary:\n  nl: ${yaml(attack)}\n  en: ${yaml(attack)}\ncontroller:\n  name: ${yaml(attack)}\n`,
				);
				for (const locale of ['nl', 'en']) {
					mkdirSync(join(root, `content/privacy/${locale}/evil`), { recursive: true });
					const processing = {
						data: ['name'],
						otherData: [attack],
						basis: 'legitimate-interests',
						interest: attack,
						retention: { criteria: attack },
						recipients: [{ name: attack, role: 'processor' }],
					};
					writeFileSync(
						join(root, `content/privacy/${locale}/evil/2032-01-01.mdx`),
						`---\ntitle: ${yaml(attack)}\norder: 30\nsummary: ${yaml(attack)}\nprocessing: ${JSON.stringify(processing)}\n---\n\nGewone tekst.\n`,
					);
				}
			},
		});
		const files = readdirSync(site.dist, { recursive: true, withFileTypes: true })
			.filter((f) => f.isFile())
			.map((f) => join(f.parentPath, f.name));
		const pages = files.filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			// No element or attribute came from the strings, only text did.
			for (const element of elements(fromHtml(html).children.filter((n) => n.type === 'element'))) {
				expect(element.tagName, page).not.toBe('img');
				expect(
					Object.keys(element.properties).filter((a) => a.startsWith('on')),
					page,
				).toEqual([]);
				if (element.tagName === 'script') expect(element.properties.type === 'application/ld+json' || element.properties.src !== undefined, page).toBe(true);
			}
			for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)) {
				expect(json).not.toContain('<');
				expect(() => JSON.parse(json!), page).not.toThrow();
			}
		}
		expect(site.read('privacy/2032-01-01/index.html')).toContain('Evil&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
		for (const feed of files.filter((f) => f.endsWith('.xml'))) expect(XMLValidator.validate(readFileSync(feed, 'utf8')), feed).toBe(true);
		const json = JSON.parse(site.read('privacy/policy.json'));
		expect(json.versions.at(-1).clauses.find((c: { id: string }) => c.id === 'evil').texts.nl.title).toBe(attack);
	});
});

describe('a failed build', () => {
	it('leaves the previous site as it was: content errors stop the build before anything is written', async () => {
		const root = copyFixture('basic');
		const good = await buildSite(root, '2025-01-01');
		const before = good.read('privacy/index.html');
		writeFileSync(join(root, 'content/privacy/nl/intro/2020-01-01.mdx'), '---\ntitle: Wie wij zijn\norder: 10\n---\n\n<Banner />\n');
		await expect(buildSite(root, '2025-01-01')).rejects.toThrow('uses the component `<Banner>`');
		expect(good.read('privacy/index.html')).toBe(before);
	});
});
