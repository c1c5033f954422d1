import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify, transformWithOxc, type Plugin } from 'vite';
import { createTranslators } from '../i18n/translator.ts';
import { SEARCH_CLIENT, SEARCH_LOADER, SEARCH_STRINGS } from './bundle.ts';
import { searchStrings } from './strings.ts';

/** The browser scripts, compiled from TypeScript on their own and minified: no bundler helper, nothing inline in a page. */
const SCRIPTS = { [SEARCH_LOADER]: './loader.ts', [SEARCH_CLIENT]: './client.ts' };

async function compile(source: string): Promise<string> {
	const file = fileURLToPath(new URL(source, import.meta.url));
	const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
	return (await minify(file.replace(/\.ts$/, '.js'), code)).code;
}

/** Writes the loader, the search code and its words in each of the site's locales (`strings`, as resolved) into the build output. */
export async function writeSearchScripts(outDir: string, strings: Record<string, Record<string, string>>) {
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(outDir, path)), { recursive: true });
		writeFileSync(join(outDir, path), text);
	};
	for (const [path, source] of Object.entries(SCRIPTS)) write(path, await compile(source));
	const translate = createTranslators(strings);
	for (const locale of Object.keys(strings)) write(`${SEARCH_STRINGS}/${locale}.json`, JSON.stringify(searchStrings(translate(locale))));
}

/** Under `astro dev`, serves the loader at the URL the pages name, as the build writes it. */
export function devSearchLoader(siteBase: string): Plugin {
	const url = `${siteBase}${SEARCH_LOADER}`;
	return {
		name: 'astro-privacy:search-loader',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use(async (req, res, next) => {
				if (req.url?.split('?')[0] !== url) return next();
				res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				res.end(await compile(SCRIPTS[SEARCH_LOADER]));
			});
		},
	};
}
