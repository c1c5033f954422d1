import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AstroError } from 'astro/errors';
import type { ResolvedConfig } from '../config/resolve.ts';
import { localeParam } from './urls.ts';

/** The URL space of the policy pages, without Astro's `base`: every document base under every locale prefix. */
function policyPrefixes(config: ResolvedConfig): string[] {
	return config.documents.flatMap((d) => config.locales.map((l) => `/${[localeParam(config, l), d.base].filter(Boolean).join('/')}`));
}

function claimed(path: string, prefixes: string[]): string | undefined {
	return prefixes.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * A page of the site itself (or a file in `public/`) under a policy URL would replace a published page
 * without the lock noticing, so the build stops before anything is written.
 */
export function checkRoutes(routes: { pattern: string; entrypoint: string; origin: string }[], config: ResolvedConfig) {
	const prefixes = policyPrefixes(config);
	for (const route of routes) {
		const prefix = route.origin === 'project' ? claimed(route.pattern, prefixes) : undefined;
		if (prefix) throw collision(`the page ${route.entrypoint} (${route.pattern})`, prefix);
	}
}

export function checkPublicFiles(publicDir: string, config: ResolvedConfig) {
	if (!existsSync(publicDir)) return;
	const prefixes = policyPrefixes(config);
	for (const file of readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
		if (!file.isFile()) continue;
		const path = `/${relative(publicDir, join(file.parentPath, file.name)).split(sep).join('/')}`;
		const prefix = claimed(path, prefixes);
		if (prefix) throw collision(`the file public${path}`, prefix);
	}
}

function collision(what: string, prefix: string) {
	return new AstroError(`${what} lies under ${prefix}/, where astro-privacy publishes the statement, and could replace a published page.`, `Move it out of ${prefix}/, or give the statement another \`base\` in the astroPrivacy() \`documents\` option.`);
}
