import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { userError } from '../config/errors.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { PAGE_MARKER } from '../model/paths.ts';
import { localeParam } from '../model/urls.ts';
import { SEARCH_ROOT } from '../search/bundle.ts';

/** The URL space of the policy pages, without Astro's `base`: every statement base under every locale prefix. */
export function policyPrefixes(config: Pick<ResolvedConfig, 'statements' | 'locales' | 'defaultLocale' | 'prefixDefaultLocale'>): string[] {
	return config.statements.flatMap((d) => config.locales.map((l) => `/${[localeParam(config, l), d.base].filter(Boolean).join('/')}`));
}

export function claimed(path: string, prefixes: string[]): string | undefined {
	return prefixes.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * A page of the site itself (or a file in `public/`) under a policy URL would replace a published page
 * without the lock noticing, so the build stops before anything is written.
 */
export function checkRoutes(routes: { pattern: string; entrypoint: string; origin: string; type: string }[], config: ResolvedConfig) {
	const prefixes = policyPrefixes(config);
	for (const route of routes) {
		const prefix = route.origin === 'project' ? claimed(route.pattern, prefixes) : undefined;
		if (prefix)
			throw collision(
				route.type === 'redirect'
					? `the redirect from ${route.pattern} (\`redirects\` in astro.config.mjs), which sends readers away from a published page,`
					: `the page ${route.entrypoint} (${route.pattern})`,
				prefix,
			);
	}
}

export function checkPublicFiles(publicDir: string, config: ResolvedConfig) {
	if (!existsSync(publicDir)) return;
	// The index is written there: a file would be overwritten, and a folder where Pagefind writes a file stops it without a word.
	if (config.search && existsSync(join(publicDir, SEARCH_ROOT))) {
		throw userError(
			`public/${SEARCH_ROOT}/ is where astro-privacy writes the search index and its scripts, and the site has something there.`,
			`Move public/${SEARCH_ROOT}/ elsewhere (or delete it if it is an old copy of a built index), or switch search off with \`search: false\`.`,
		);
	}
	const prefixes = policyPrefixes(config);
	// Symbolic links too: Astro copies what they point at.
	for (const file of readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
		if (file.isDirectory()) continue;
		const path = `/${relative(publicDir, join(file.parentPath, file.name)).split(sep).join('/')}`;
		const prefix = claimed(path, prefixes);
		if (prefix) throw collision(`the file public${path}`, prefix);
	}
}

export function collision(what: string, prefix: string) {
	return userError(
		`${what} lies under ${prefix}/, where astro-privacy publishes the statement, and could replace a published page.`,
		`Move it out of ${prefix}/, or give the statement another \`base\` in the astroPrivacy() \`statements\` option.`,
	);
}

/**
 * After the build, every HTML page under a policy URL must be one of ours: a dynamic route of the site or
 * a file that won over an injected route would otherwise replace a published page, with only a warning
 * from Astro. The output is removed, so no such site is left in `dist/`.
 */
export function checkBuiltPages(outDir: string, config: ResolvedConfig) {
	const prefixes = policyPrefixes(config);
	const chunk = Buffer.alloc(64 * 1024);
	for (const file of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
		if (file.isDirectory() || !file.name.endsWith('.html')) continue;
		const path = `/${relative(outDir, join(file.parentPath, file.name)).split(sep).join('/')}`.replace(/(\/index)?\.html$/, '') || '/';
		if (claimed(path, prefixes) && !carriesMarker(join(file.parentPath, file.name), chunk)) {
			rmSync(outDir, { recursive: true, force: true });
			throw collision(`the page built at ${path} by another route or file`, claimed(path, prefixes)!);
		}
	}
}

const MARKER = Buffer.from(PAGE_MARKER);

/**
 * Whether a page carries our marker, read a chunk at a time into one buffer until it shows: the marker
 * comes before the first clause, and reading whole pages (a 500-clause statement's are a hundred
 * megabytes together) into strings at the end of the build added that much to its peak memory.
 */
function carriesMarker(file: string, chunk: Buffer): boolean {
	const fd = openSync(file, 'r');
	try {
		// The last bytes of a chunk move to the front of the next, so a marker split across two reads is found.
		for (let kept = 0; ;) {
			const filled = kept + readSync(fd, chunk, kept, chunk.length - kept, null);
			if (filled === kept) return false;
			if (chunk.subarray(0, filled).includes(MARKER)) return true;
			kept = Math.min(MARKER.length - 1, filled);
			chunk.copy(chunk, 0, filled - kept, filled);
		}
	} finally {
		closeSync(fd);
	}
}
