import { parse, walkSync, ELEMENT_NODE } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { redlineHtml, wholeText } from '../../integration/model/redline.ts';

const labels = { inserted: 'inserted:', deleted: 'deleted:' };
const strip = (html: string) => html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');

/** Every element the redline opens, it closes, in order. */
function wellFormed(html: string): boolean {
	const stack: string[] = [];
	for (const [, close, name] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
		if (close) {
			if (stack.pop() !== name) return false;
		} else stack.push(name!);
	}
	return stack.length === 0;
}

describe('redlineHtml', () => {
	it('marks changed words inside a paragraph', () => {
		const html = redlineHtml('<p>We keep logs for three months.</p>', '<p>We keep logs for six weeks.</p>', labels);
		expect(strip(html)).toBe('<p>We keep logs for <del>three</del><ins>six</ins> <del>months</del><ins>weeks</ins>.</p>');
	});

	it('announces changes to screen readers', () => {
		const html = redlineHtml('<p>a b</p>', '<p>a c</p>', labels);
		expect(html).toContain('<del><span class="visually-hidden">deleted: </span>b</del>');
		expect(html).toContain('<ins><span class="visually-hidden">inserted: </span>c</ins>');
	});

	it('keeps a list a list when an item is added, changed or removed', () => {
		const before = '<ul>\n<li>registrar</li>\n<li>accountant</li>\n<li>old printer</li>\n</ul>';
		const after = '<ul>\n<li>registrar</li>\n<li>payment provider</li>\n<li>accountants</li>\n</ul>';
		const html = redlineHtml(before, after, labels);
		expect(wellFormed(html)).toBe(true);
		const root = parse(html);
		const lists: string[] = [];
		walkSync(root, (node) => {
			if (node.type === ELEMENT_NODE && node.name === 'ul') lists.push(node.children.map((c: { type: number; name?: string }) => c.name ?? '#text').join(','));
		});
		// One list, only <li> children: no text or <del> directly inside <ul>.
		expect(lists).toEqual(['li,li,li,li']);
		expect(strip(html)).toContain('<li>registrar</li>');
	});

	it('keeps links working and shows a changed link target whole', () => {
		const same = redlineHtml('<p>Ask the <a href="https://ap.example">AP</a> now.</p>', '<p>Ask the <a href="https://ap.example">AP</a> today.</p>', labels);
		expect(strip(same)).toBe('<p>Ask the <a href="https://ap.example">AP</a> <del>now</del><ins>today</ins>.</p>');
		const moved = redlineHtml('<p>See <a href="/a">this</a>.</p>', '<p>See <a href="/b">this</a>.</p>', labels);
		expect(strip(moved)).toBe('<p><del>See <a href="/a">this</a>.</del> <ins>See <a href="/b">this</a>.</ins></p>');
		expect(wellFormed(moved)).toBe(true);
	});

	it('shows a rewritten paragraph as old and new text whole', () => {
		const html = redlineHtml('<p>We use Google Analytics to see how the site is used.</p>', '<p>Matomo, run on our own servers, measures visits.</p>', labels);
		expect(strip(html)).toBe('<p><del>We use Google Analytics to see how the site is used.</del></p><p><ins>Matomo, run on our own servers, measures visits.</ins></p>');
	});

	it('escapes text it re-emits', () => {
		const html = redlineHtml('<p>Registrar &amp; registry keep the holder.</p>', '<p>Registrar &amp; registry keep the &lt;holder&gt;.</p>', labels);
		expect(strip(html)).toBe('<p>Registrar &amp; registry keep the <ins>&lt;</ins>holder<ins>&gt;</ins>.</p>');
	});

	it('shows added and removed clauses whole', () => {
		expect(strip(wholeText('<p>New.</p><ul><li>x</li></ul>', 'added', labels))).toBe('<p><ins>New.</ins></p><ul><li><ins>x</ins></li></ul>');
		expect(strip(wholeText('<table><tr><td>x</td></tr></table>', 'removed', labels))).toBe('<del class="redline-block"><table><tr><td>x</td></tr></table></del>');
	});
});
