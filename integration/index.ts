import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { parseOrThrow } from './config/errors.ts';
import { MISSING_SITE, resolveConfig, SITE_HINT, type ResolvedConfig } from './config/resolve.ts';
import { OptionsSchema, type AstroPrivacyUserOptions } from './config/schema.ts';
import { checkBuiltPages, checkPublicFiles, checkRoutes } from './routes/collisions.ts';
import { componentFiles, ENTRYPOINTS, layoutFile } from './routes/entrypoints.ts';
import { PAGES, routePattern, type PageKind } from './routes/patterns.ts';
import { siteBase } from './search/bundle.ts';
import { startSearchIndex, type SearchIndex } from './search/pagefind.ts';
import { receiveSearchRecords } from './search/records.ts';
import { devSearchLoader } from './search/scripts.ts';
import { virtualModules } from './virtual.ts';

export type { StatementLayoutProps } from './components/LayoutProps.ts';
/** @deprecated Renamed to `StatementLayoutProps`; this alias goes in the next minor release. */
export type { StatementLayoutProps as PolicyLayoutProps } from './components/LayoutProps.ts';
export type { ClauseHeadingProps, ContactBlockProps } from './components/OverrideProps.ts';
export type { AstroPrivacyUserOptions } from './config/schema.ts';

/** Versioned, bilingual statement pages. The docs' "Options" page describes every option. */
export default function astroPrivacy(userOptions: AstroPrivacyUserOptions): AstroIntegration {
	const options = parseOrThrow(
		OptionsSchema,
		userOptions,
		'astroPrivacy() options',
		'Check the options in astro.config.mjs against the "Options" page of the astro-privacy docs.',
	);
	let resolved: ResolvedConfig;
	let searchIndex: SearchIndex | undefined;
	let indexing: Promise<void> | undefined;
	return {
		name: 'astro-privacy',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, injectRoute, logger }) => {
				resolved = resolveConfig(options, config, command, process.env, new Date());
				if (!resolved.site && command === 'build') logger.warn(`${MISSING_SITE} ${SITE_HINT}`);
				updateConfig({
					vite: {
						plugins: [
							virtualModules(resolved, layoutFile(options.layout, config.root), componentFiles(options.components, config.root)),
							...(resolved.search ? [devSearchLoader(siteBase(config.base))] : []),
						],
					},
				});
				for (const statement of resolved.statements) {
					for (const page of Object.keys(PAGES) as PageKind[]) {
						injectRoute({ pattern: routePattern(statement.base, page), entrypoint: ENTRYPOINTS[page], prerender: true });
					}
				}
			},
			'astro:config:done': ({ config }) => checkPublicFiles(fileURLToPath(config.publicDir), resolved),
			'astro:routes:resolved': ({ routes }) => checkRoutes(routes, resolved),
			// Pagefind indexes in a process of its own while the pages render: started before them, finished after.
			'astro:build:start': () => {
				searchIndex?.stop(); // a build of this site that failed before its pages were written
				searchIndex = resolved.search ? startSearchIndex() : undefined;
				receiveSearchRecords(searchIndex?.add);
			},
			'astro:build:generated': ({ dir, logger }) => {
				receiveSearchRecords(undefined);
				indexing = searchIndex?.finish(fileURLToPath(dir), logger, resolved.strings);
				searchIndex = undefined;
				indexing?.catch(() => {}); // reported by build:done; a build that fails before it must not crash on it
			},
			'astro:build:done': async ({ dir }) => {
				await indexing;
				checkBuiltPages(fileURLToPath(dir), resolved);
			},
		},
	};
}
