import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile, writeFile } from 'magicast';

const CONFIGS = ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js'];

/** The astroPrivacy() call in the site's config, and the config file, where there is one magicast can read. */
async function privacyCall(root: string) {
	const file = CONFIGS.map((name) => join(root, name)).find((path) => existsSync(path));
	if (!file) return { file, mod: undefined, call: undefined };
	const mod = await loadFile(file);
	const exported = mod.exports.default;
	const config = exported.$type === 'function-call' ? exported.$args[0] : exported;
	const call = [...(config.integrations ?? [])].find(
		(i: { $type?: string; $callee?: string }) => i.$type === 'function-call' && /privacy/i.test(i.$callee ?? ''),
	);
	return { file, mod, call };
}

/** The statement's languages as the site configures them (`locales`), or the default, `nl` and `en`. */
export async function siteLocales(root: string): Promise<string[]> {
	try {
		const locales = (await privacyCall(root)).call?.$args[0]?.locales;
		const list = locales ? [...locales] : [];
		return list.length > 0 && list.every((l) => typeof l === 'string') ? list : ['nl', 'en'];
	} catch {
		return ['nl', 'en'];
	}
}

/**
 * Adds the statement to `astroPrivacy({ statements })` in the site's config, through its syntax tree as
 * `astro add` does. Returns what was done, or the lines to add by hand when the config is not one it can
 * edit safely (no `astroPrivacy()` call, options that are not written out).
 */
export async function addStatement(root: string, id: string, numbered: boolean): Promise<{ done: boolean; message: string }> {
	// Numbered headings in the source: the pages number the clauses the same way.
	const entry = numbered ? { id, numbering: 'decimal' } : { id };
	const written = `{ id: '${id}'${numbered ? ", numbering: 'decimal'" : ''} }`;
	const manual = `Add \`${written}\` to the \`statements\` option of astroPrivacy() in your Astro config.`;
	let file: string | undefined;
	try {
		const found = await privacyCall(root);
		file = found.file;
		if (!file || !found.mod) return { done: false, message: `No Astro config found. ${manual}` };
		const { mod, call } = found;
		if (!call) return { done: false, message: `${file} has no astroPrivacy() call in \`integrations\`. ${manual}` };
		if (call.$args.length === 0) call.$args.push({});
		const options = call.$args[0];
		// Without `statements` the default is `[{ id: 'privacy' }]`, which stays.
		if (!options.statements) {
			if (id === 'privacy' && !numbered) return { done: true, message: `${file} already serves \`privacy\` (the default statement).` };
			options.statements = id === 'privacy' ? [entry] : [{ id: 'privacy' }, entry];
		} else if ([...options.statements].some((s: { id?: string }) => s.id === id)) {
			return { done: true, message: `${file} already serves \`${id}\`.` };
		} else {
			options.statements.push(entry);
		}
		await writeFile(mod, file, { quote: 'single' });
		return { done: true, message: `Added statement \`${id}\` to ${file}.` };
	} catch (error) {
		return { done: false, message: `Could not edit ${file} safely (${(error as Error).message.split('\n')[0]}). ${manual}` };
	}
}
