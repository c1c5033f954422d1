import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OptionsSchema } from '../../integration/config/schema.ts';
import { buildSite, docsBlocks, RECIPES } from './fixture.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const docs = join(repo, 'docs');
const pages = join(docs, 'src/content/docs');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
// The date of the docs statement's first version, so the build does not depend on the day it runs.
const buildDate = '2026-12-06';

/** A copy of the docs site inside the repo (so it resolves its packages), without build output. */
function copyDocs(edit?: (root: string) => void): string {
	const root = join(repo, `test/.tmp/docs-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
	rmSync(root, { recursive: true, force: true });
	cpSync(docs, root, { recursive: true, filter: (path) => !/[\\/](dist|\.astro|node_modules)$/.test(path) });
	edit?.(root);
	return root;
}

/** Relative links of the README, `[text](path#anchor)`, without web, mail and in-page links. */
const readmeLinks = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(([, href]) => href!).filter((href) => !/^(https?:|mailto:|#)/.test(href));

describe('the README', () => {
	it('links only to files that exist', () => {
		expect(readmeLinks.length).toBeGreaterThan(10);
		for (const href of readmeLinks) expect(existsSync(join(repo, href.split('#')[0]!)), href).toBe(true);
	});

	it('links to every docs page but the home page, which it is itself', () => {
		const files = readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f) && f !== 'index.md');
		for (const file of files) expect(readmeLinks, file).toContain(`docs/src/content/docs/${file}`);
	});

	it('has the same quick start as the getting-started page', () => {
		const quickStart = readme.slice(readme.indexOf('## Quick start in your own site'), readme.indexOf('## Documentation'));
		const blocks = [...quickStart.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang, body }));
		expect(blocks.length).toBeGreaterThan(4);
		expect(docsBlocks('getting-started.md', '## Quick start in your own site')).toEqual(blocks);
	});
});

describe('the docs site', () => {
	let site: Awaited<ReturnType<typeof buildSite>>;
	beforeAll(async () => {
		site = await buildSite(copyDocs(), buildDate);
	});

	it('builds every page with the links validator on', () => {
		for (const file of readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))) {
			const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
			expect(site.exists(join(slug, 'index.html')), file).toBe(true);
		}
	});

	it('publishes its own privacy statement, in its Starlight layout', () => {
		for (const page of ['privacy/index.html', 'nl/privacy/index.html', `privacy/${buildDate}/index.html`, 'privacy/changes/index.html']) {
			expect(site.exists(page), page).toBe(true);
		}
		const page = site.read('privacy/index.html');
		expect(page).toContain('data-astro-privacy');
		expect(page).toContain('<h2 id="server-logs">');
		expect(page).toContain('<h1 id="_top"');
		expect(JSON.parse(site.read('privacy/policy.json')).current).toBe(buildDate);
	});

	it('sets up the statement as the Starlight recipe says, as written', () => {
		const recipe = docsBlocks(...RECIPES.starlight!);
		expect(readFileSync(join(docs, 'src/layouts/Policy.astro'), 'utf8')).toBe(recipe.find((b) => b.lang === 'astro')!.body);
		const config = readFileSync(join(docs, 'astro.config.mjs'), 'utf8');
		for (const part of ["routeMiddleware: 'astro-privacy/starlight'", "layout: './src/layouts/Policy.astro'", 'layoutTitle: true']) {
			expect(recipe.find((b) => b.lang === 'js')!.body).toContain(part);
			expect(config).toContain(part);
		}
	});

	it('gives every option of astroPrivacy() its own anchor on the options page', () => {
		const html = site.read('options/index.html');
		const keys = Object.keys(OptionsSchema.shape);
		expect(keys).toContain('controller');
		for (const key of keys) expect(html, key).toContain(`<h2 id="${key.toLowerCase()}"><code dir="auto">${key}</code></h2>`);
	});

	it('has every anchor the README links to', () => {
		for (const href of readmeLinks.filter((h) => h.startsWith('docs/src/content/docs/') && h.includes('#'))) {
			const [file, anchor] = href.slice('docs/src/content/docs/'.length).split('#');
			expect(site.read(join(file!.replace(/\.mdx?$/, ''), 'index.html')), href).toContain(` id="${anchor}"`);
		}
	});
});

describe('the links validator', () => {
	it('fails the build on a broken link', async () => {
		const root = copyDocs((copy) => {
			const page = join(copy, 'src/content/docs/translations.md');
			writeFileSync(page, `${readFileSync(page, 'utf8')}\nSee [nowhere](/no-such-page/).\n`);
		});
		await expect(buildSite(root, buildDate)).rejects.toThrow(/Links validation failed/);
	});
});
