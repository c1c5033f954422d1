import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const tmp = fileURLToPath(new URL('../.tmp/', import.meta.url));
let count = 0;

/** A fresh copy of a fixture site (inside the repo, so it resolves `astro-privacy` and `astro`); `edit` changes it. */
export function copyFixture(name: string, edit?: (root: string) => void): string {
	const root = join(tmp, `${name}-${process.pid}-${count++}`);
	rmSync(root, { recursive: true, force: true });
	cpSync(fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url)), root, { recursive: true });
	edit?.(root);
	return root;
}

/** The code blocks under one heading of a docs page (`docs/src/content/docs/<page>`), as written there. */
export function docsBlocks(page: string, heading: string): { lang: string; body: string }[] {
	const text = readFileSync(fileURLToPath(new URL(`../../docs/src/content/docs/${page}`, import.meta.url)), 'utf8');
	const start = text.indexOf(`\n${heading}\n`);
	if (start === -1) throw new Error(`docs page ${page} has no section "${heading}"`);
	// The section ends at the next heading; a `#` line inside a code block (a YAML comment) is not one.
	const lines = text.slice(start + heading.length + 2).split('\n');
	let fenced = false;
	let end = lines.length;
	for (const [i, line] of lines.entries()) {
		if (line.startsWith('```')) fenced = !fenced;
		else if (!fenced && /^#{1,6} /.test(line)) {
			end = i;
			break;
		}
	}
	const section = lines.slice(0, end).join('\n');
	return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang: lang!, body: body! }));
}

/** The docs' layout recipe for a host-site fixture (page and heading): its layout file, and for Starlight its `starlight()` call. */
export const RECIPES: Record<string, [page: string, heading: string]> = {
	starlight: ['recipes/starlight.md', '## In a Starlight site'],
	blog: ['recipes/blog.md', "## Astro's blog example"],
};

/**
 * A copy of a host-site fixture (Starlight, a blog) with the basic fixture's statement and lock in it, and
 * the docs' recipe for that host as written: its layout, and the integrations as the recipe lists them.
 */
export function copyWithStatement(name: string): string {
	return copyFixture(name, (root) => {
		cpSync(fileURLToPath(new URL('../fixtures/basic/content/', import.meta.url)), join(root, 'content'), { recursive: true });
		if (!RECIPES[name]) return;
		const blocks = docsBlocks(...RECIPES[name]);
		mkdirSync(join(root, 'src/layouts'), { recursive: true });
		writeFileSync(join(root, 'src/layouts/Policy.astro'), blocks.find((b) => b.lang === 'astro')!.body);
		const config = blocks.find((b) => b.lang === 'js')?.body;
		if (config) {
			const file = join(root, 'astro.config.mjs');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/\t\tstarlight\(.*\),/, `\t\t${/starlight\(.*\),/.exec(config)![0]}`));
		}
	});
}

/** Builds a site copy with the given build date. */
export async function buildSite(root: string, buildDate: string) {
	const site = {
		root,
		dist: join(root, 'dist'),
		read: (path: string) => readFileSync(join(root, 'dist', path), 'utf8'),
		exists: (path: string) => existsSync(join(root, 'dist', path)),
	};
	process.env.POLICY_BUILD_DATE = buildDate;
	try {
		await build({ root, logLevel: 'silent' });
	} catch (error) {
		throw Object.assign(error as Error, { site });
	} finally {
		delete process.env.POLICY_BUILD_DATE;
	}
	return site;
}

/** Builds a copy of a fixture site; `edit` changes the copy first, to build bad input. */
export function buildFixture(name: string, options: { buildDate: string; edit?: (root: string) => void }) {
	return buildSite(copyFixture(name, options.edit), options.buildDate);
}

/** The build error, with the fixture copy it came from. */
export async function buildError(name: string, options: Parameters<typeof buildFixture>[1]) {
	try {
		await buildFixture(name, options);
	} catch (error) {
		return error as Error & { hint?: string; site: Awaited<ReturnType<typeof buildFixture>> };
	}
	throw new Error('expected the build to fail');
}
