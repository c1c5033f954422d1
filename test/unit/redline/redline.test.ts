import { describe, expect, it } from 'vitest';
import { redlineHtml, redlineText, wholeText } from '../../../integration/model/redline/index.ts';
import { elements, parseFragment } from '../../../integration/model/html.ts';

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
	it('marks a changed phrase inside a paragraph as one change', () => {
		const html = redlineHtml('<p>We keep logs for three months.</p>', '<p>We keep logs for six weeks.</p>', labels);
		expect(strip(html)).toBe('<p>We keep logs for <del>three months</del><ins>six weeks</ins>.</p>');
	});

	it('sees no change in whitespace or line breaks alone', () => {
		expect(strip(redlineHtml('<p>seven\nyears</p>', '<p>seven years</p>', labels))).toBe('<p>seven years</p>');
		expect(strip(redlineHtml('<p>B.V. Utrecht</p>', '<p>B.V.<br>Utrecht</p>', labels))).toBe('<p>B.V.<br>Utrecht</p>');
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
		const lists = [...elements(parseFragment(html))]
			.filter((e) => e.tagName === 'ul')
			.map((ul) => ul.children.map((c) => (c.type === 'element' ? c.tagName : '#text')).join(','));
		// One list, only <li> children: no text or <del> directly inside <ul>.
		expect(lists).toEqual(['li,li,li,li']);
		expect(strip(html)).toContain('<li>registrar</li>');
	});

	it('keeps links working and marks a changed link target as such', () => {
		const same = redlineHtml('<p>Ask the <a href="https://ap.example">AP</a> now.</p>', '<p>Ask the <a href="https://ap.example">AP</a> today.</p>', labels);
		expect(strip(same)).toBe('<p>Ask the <a href="https://ap.example">AP</a> <del>now</del><ins>today</ins>.</p>');
		const moved = redlineHtml('<p>See <a href="/a">this</a>.</p>', '<p>See <a href="/b">this</a>.</p>', labels);
		expect(strip(moved)).toBe('<p>See <a href="/b">this</a> <span class="redline-link">(<del>/a</del><ins>/b</ins>)</span>.</p>');
		expect(wellFormed(moved)).toBe(true);
	});

	it('writes a hard line break once, not as <br></br>', () => {
		const html = redlineHtml('<ul><li>Mollie B.V.<br>Amsterdam</li></ul>', '<ul><li>Mollie B.V.<br>Utrecht</li></ul>', labels);
		expect(strip(html)).toBe('<ul><li>Mollie B.V.<br><del>Amsterdam</del><ins>Utrecht</ins></li></ul>');
	});

	it('shows a rewritten paragraph as old and new text whole', () => {
		const html = redlineHtml('<p>We use Google Analytics to see how the site is used.</p>', '<p>Matomo, run on our own servers, measures visits.</p>', labels);
		expect(strip(html)).toBe(
			'<p><del>We use Google Analytics to see how the site is used.</del></p><p><ins>Matomo, run on our own servers, measures visits.</ins></p>',
		);
	});

	it('escapes text it re-emits', () => {
		const html = redlineHtml('<p>Registrar &amp; registry keep the holder.</p>', '<p>Registrar &amp; registry keep the &lt;holder&gt;.</p>', labels);
		expect(strip(html)).toBe('<p>Registrar &amp; registry keep the <del>holder</del><ins>&lt;holder></ins>.</p>');
		expect(strip(redlineText('Cookies & <tracking>', 'Cookies & <analytics>', labels))).toBe('Cookies &amp; &lt;<del>tracking</del><ins>analytics</ins>>');
	});

	it('shows added and removed clauses whole', () => {
		expect(strip(wholeText('<p>New.</p><ul><li>x</li></ul>', 'added', labels))).toBe('<p><ins>New.</ins></p><ul><li><ins>x</ins></li></ul>');
		expect(strip(wholeText('<table><tbody><tr><td>x</td></tr></tbody></table>', 'removed', labels))).toBe(
			'<table><tbody><tr class="redline-del"><td><del>x</del></td></tr></tbody></table>',
		);
	});

	it('compares a title or summary as text', () => {
		expect(strip(redlineText('Bewaartermijnen', 'Bewaartermijnen en archief', labels))).toBe('Bewaartermijnen <ins>en archief</ins>');
	});
});

describe('redlineText, for a title or a summary', () => {
	it('is the text when it did not change, marked whole when it is new or gone, and phrase by phrase when it changed', () => {
		expect(redlineText('Bewaartermijnen', 'Bewaartermijnen', labels)).toBe('Bewaartermijnen');
		expect(redlineText(undefined, undefined, labels)).toBe('');
		expect(redlineText(undefined, 'Kort & goed', labels)).toBe('<ins><span class="visually-hidden">inserted: </span>Kort &amp; goed</ins>');
		expect(redlineText('Kort & goed', undefined, labels)).toBe('<del><span class="visually-hidden">deleted: </span>Kort &amp; goed</del>');
		expect(strip(redlineText('Logs drie maanden', 'Logs zes maanden', labels))).toBe('Logs <del>drie</del><ins>zes</ins> maanden');
	});
});
