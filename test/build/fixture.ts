import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const tmp = fileURLToPath(new URL('../.tmp/', import.meta.url));
let count = 0;

/**
 * Builds a copy of a fixture site (inside the repo, so it resolves `astro-privacy` and `astro`).
 * `edit` changes the copy first, to build bad input.
 */
export async function buildFixture(name: string, options: { buildDate: string; edit?: (root: string) => void }) {
	const root = join(tmp, `${name}-${process.pid}-${count++}`);
	rmSync(root, { recursive: true, force: true });
	cpSync(fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url)), root, { recursive: true });
	options.edit?.(root);
	const site = {
		root,
		dist: join(root, 'dist'),
		read: (path: string) => readFileSync(join(root, 'dist', path), 'utf8'),
		exists: (path: string) => existsSync(join(root, 'dist', path)),
	};
	process.env.POLICY_BUILD_DATE = options.buildDate;
	try {
		await build({ root, logLevel: 'silent' });
	} catch (error) {
		throw Object.assign(error as Error, { site });
	} finally {
		delete process.env.POLICY_BUILD_DATE;
	}
	return site;
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
