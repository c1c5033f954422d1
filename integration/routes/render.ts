import { getEntry, render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const contents = new Map<string, Promise<AstroComponentFactory>>();
const html = new Map<string, Promise<string>>();

/** The MDX component of one clause revision. */
export function clauseContent(entryId: string): Promise<AstroComponentFactory> {
	let content = contents.get(entryId);
	if (!content) {
		content = (async () => {
			const entry = await getEntry('policy', entryId);
			if (!entry) throw new Error(`astro-privacy: clause ${entryId} is missing from the policy collection`);
			return (await render(entry)).Content;
		})();
		contents.set(entryId, content);
	}
	return content;
}

/**
 * Each revision is rendered to HTML once per build and reused by every page that shows it, so build
 * cost grows with distinct revisions, not with versions × clauses.
 */
export function renderOnce(entryId: string, renderSlot: () => Promise<string>): Promise<string> {
	let result = html.get(entryId);
	if (!result) {
		result = renderSlot();
		html.set(entryId, result);
	}
	return result;
}
