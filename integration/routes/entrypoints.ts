import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { userError } from '../config/errors.ts';
import type { PageKind } from './patterns.ts';

/**
 * The files behind the injected routes and the built-in layout, by absolute path: they are the package's
 * inner workings, not among its exports.
 */
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export const ENTRYPOINTS: Record<PageKind, string> = {
	current: here('./current.astro'),
	version: here('./version.astro'),
	history: here('./history.astro'),
	redline: here('./redline.astro'),
	since: here('./since.astro'),
	feed: here('./feed.xml.ts'),
	records: here('./policy.json.ts'),
};

/** The `layout` option as a file, or the built-in layout; a missing file is reported here, not by the bundler. */
export function layoutFile(option: string | undefined, root: URL): string {
	if (option === undefined) return here('../components/DefaultLayout.astro');
	const file = fileURLToPath(new URL(option, root));
	if (!existsSync(file)) {
		throw userError(`The \`layout\` option of astroPrivacy() names ${option}, and there is no such file (looked for ${file}).`, "Give the path of an Astro component from the project root, e.g. `layout: './src/layouts/Site.astro'`, or leave `layout` out for the built-in layout.");
	}
	return file;
}
