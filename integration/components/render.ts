import { getEntry, render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
	let value = cache.get(key);
	if (!value) {
		value = make();
		cache.set(key, value);
	}
	return value;
}

const contents = new Map<string, Promise<AstroComponentFactory>>();
const html = new Map<string, Promise<string>>();

/** The MDX component of one clause revision. */
export function clauseContent(entryId: string): Promise<AstroComponentFactory> {
	return memo(contents, entryId, async () => {
		const entry = await getEntry('policy', entryId);
		if (!entry) throw new Error(`astro-privacy: clause ${entryId} is missing from the policy collection`);
		return (await render(entry)).Content;
	});
}

/**
 * HTML rendered once per build and reused by every page that shows it: each clause revision, and each
 * redline section of a pair of texts, so build cost grows with distinct texts, not versions × clauses.
 */
export function renderOnce(id: string, renderSlot: () => Promise<string>): Promise<string> {
	return memo(html, id, renderSlot);
}
