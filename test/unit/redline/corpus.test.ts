import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { redlineHtml, wholeText } from '../../../integration/model/redline/index.ts';
import { MIN_ISLAND_WORDS } from '../../../integration/model/redline/inline.ts';
import { corpus } from './corpus.ts';

const labels = { inserted: 'inserted:', deleted: 'deleted:' };
const results = corpus.map((c) => ({ ...c, html: redlineHtml(c.before, c.after, labels) }));

/** `[-deleted-]{+inserted+}` in the text of each block, the way wdiff writes it: what a reader sees. */
function readable(html: string): string {
	return html
		.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
		.replace(/<del[^>]*>/g, '[-')
		.replace(/<\/del>/g, '-]')
		.replace(/<ins[^>]*>/g, '{+')
		.replace(/<\/ins>/g, '+}')
		.replace(/<br>/g, '⏎')
		.replace(/<\/(p|li|h\d|dt|dd|td|th|tr)>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/\n\s*\n/g, '\n')
		.trim();
}

describe('the redline corpus', () => {
	it('has at least 20 cases', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(20);
	});

	it('redlines each pair the same whatever was redlined before it: a text is read once and never changed', () => {
		for (const a of corpus) {
			wholeText(a.before, 'removed', labels);
			wholeText(a.after, 'added', labels);
			for (const b of corpus) redlineHtml(a.after, b.before, labels);
		}
		expect(corpus.map((c) => redlineHtml(c.before, c.after, labels))).toEqual(results.map((r) => r.html));
	});

	it('reads as the snapshot a person checked', async () => {
		const text = results.map((r) => `## ${r.name}\n\n${readable(r.html)}\n\n\`\`\`html\n${r.html}\n\`\`\`\n`).join('\n');
		await expect(text).toMatchFileSnapshot('./__snapshots__/corpus.md');
	});

	it('leaves no unchanged island shorter than three words between two changes', () => {
		for (const { name, html } of results) {
			// The old and new targets of changed links are a list, not prose with islands.
			for (const block of readable(html.replace(/<span class="redline-link">.*?\)<\/span>/g, '')).split('\n')) {
				// Each change is a deletion, an insertion, or a deletion with its insertion right after it.
				const islands = block.split(/\[-.*?-\](?:\{\+.*?\+\})?|\{\+.*?\+\}/).slice(1, -1);
				for (const island of islands) {
					const words = island.match(/[\p{L}\p{N}]+/gu) ?? [];
					expect(words.length, `${name}: "${island}" in ${block}`).toBeGreaterThanOrEqual(MIN_ISLAND_WORDS);
				}
			}
		}
	});

	it('never starts or ends a change inside a word', () => {
		for (const { name, html } of results) {
			expect(readable(html), name).not.toMatch(/[\p{L}\p{N}](\[-|\{\+)|(-\]|\+\})[\p{L}\p{N}]/u);
		}
	});

	it('gives valid HTML for every case', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
		for (const { name, html } of results) {
			const report = await validator.validateString(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${html}</main></body></html>`);
			expect(
				report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
				name,
			).toEqual([]);
		}
	});
});
