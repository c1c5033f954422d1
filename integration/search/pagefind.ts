import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { ResolvedConfig } from '../config/resolve.ts';
import { localeParam } from '../routes/urls.ts';
import { SEARCH_BUNDLE } from './bundle.ts';


/**
 * Indexes the built policy pages. Pagefind splits the index by `<html lang>`, and each page's
 * `data-pagefind-filter` scopes it to a version.
 */
export async function buildSearchIndex(outDir: string, config: ResolvedConfig, logger: AstroIntegrationLogger) {
	const prefixes = config.locales.map((locale) => localeParam(config, locale));
	const globs = config.documents.flatMap((d) => prefixes.map((prefix) => `${prefix ? `${prefix}/` : ''}${d.base}/**/*.html`));
	const { index, errors } = await pagefind.createIndex({});
	try {
		if (!index) throw new Error(errors.join('\n'));
		let indexed = 0;
		for (const glob of globs) {
			const result = await index.addDirectory({ path: outDir, glob });
			if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
			indexed += result.page_count;
		}
		const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE) });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		logger.info(`Indexed ${indexed} policy pages for search in ${SEARCH_BUNDLE}/`);
	} finally {
		await pagefind.close();
	}
}
