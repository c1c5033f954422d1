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
	return componentFile(
		option,
		root,
		'layout',
		'../components/DefaultLayout.astro',
		"Give the path of an Astro component from the project root, e.g. `layout: './src/layouts/Site.astro'`, or leave `layout` out for the built-in layout.",
	);
}

/** The parts a site can replace (`components` option), each its own file or the package's. */
export function componentFiles(
	options: Partial<Record<'ContactBlock' | 'ClauseHeading', string>>,
	root: URL,
): Record<'ContactBlock' | 'ClauseHeading', string> {
	const file = (name: 'ContactBlock' | 'ClauseHeading') =>
		componentFile(
			options[name],
			root,
			`components.${name}`,
			`../components/${name}.astro`,
			`Give the path of an Astro component from the project root, e.g. \`components: { ${name}: './src/components/${name}.astro' }\`, or leave it out for the built-in one.`,
		);
	return { ContactBlock: file('ContactBlock'), ClauseHeading: file('ClauseHeading') };
}

function componentFile(option: string | undefined, root: URL, name: string, builtIn: string, hint: string): string {
	if (option === undefined) return here(builtIn);
	const file = fileURLToPath(new URL(option, root));
	if (!existsSync(file)) throw userError(`The \`${name}\` option of astroPrivacy() names ${option}, and there is no such file (looked for ${file}).`, hint);
	return file;
}
