import { describe, expect, it } from 'vitest';
import { clauseHtml } from '../../integration/model/clause-html.ts';

describe('headings inside a clause', () => {
	it('get ids under the clause, and links to them inside the clause follow', () => {
		const html = '<p>See <a href="#logs">logs</a> and <a href="#retention">the clause</a>.</p>\n<h3 id="logs">Logs</h3>\n<p>Six weeks.</p>';
		expect(clauseHtml(html, 'retention')).toBe(
			'<p>See <a href="#retention--logs">logs</a> and <a href="#retention">the clause</a>.</p>\n<h3 id="retention--logs">Logs</h3>\n<p>Six weeks.</p>',
		);
	});

	it('keep two clauses with the same heading apart, and never take a clause anchor', () => {
		const heading = '<h3 id="security">Security</h3>';
		expect(clauseHtml(heading, 'hosting')).not.toBe(clauseHtml(heading, 'backups'));
		expect(clauseHtml(heading, 'hosting')).toBe('<h3 id="hosting--security">Security</h3>');
	});

	it('leave a text without headings as it is, byte for byte', () => {
		const html = '<p>Caf&eacute; &amp; <a href="#elsewhere">link</a></p>';
		expect(clauseHtml(html, 'intro')).toBe(html);
	});

	it('follow a link written with an encoded fragment', () => {
		expect(clauseHtml('<h2 id="bewaartermijn-één">x</h2><a href="#bewaartermijn-%C3%A9%C3%A9n">y</a>', 'c')).toBe(
			'<h2 id="c--bewaartermijn-één">x</h2><a href="#c--bewaartermijn-één">y</a>',
		);
	});
});

describe('links inside a clause', () => {
	it('follow a heading whose id is not its first attribute', () => {
		expect(clauseHtml('<h3 class="x" id="logs">Logs</h3><a href="#logs">y</a>', 'retention')).toBe(
			'<h3 class="x" id="retention--logs">Logs</h3><a href="#retention--logs">y</a>',
		);
	});

	it('leave other elements with ids, headings without one, named anchors and other pages alone', () => {
		const html =
			'<h2 id="contact">Contact</h2><h3>Untitled</h3><p id="note">See <a id="here">here</a>, <a href="/contact">our contact page</a>, <a href="https://x.example/#contact">elsewhere</a> and <span>#contact</span>.</p>';
		expect(clauseHtml(html, 'c')).toBe(
			'<h2 id="c--contact">Contact</h2><h3>Untitled</h3><p id="note">See <a id="here">here</a>, <a href="/contact">our contact page</a>, <a href="https://x.example/#contact">elsewhere</a> and <span>#contact</span>.</p>',
		);
	});
});

describe('a clause with headings', () => {
	it('keeps its links and titles as Astro wrote them, entities and all', () => {
		const html = '<h2 id="klachten">Klachten</h2><p><a href="https://ap.example/klacht?taal=nl&amp;vorm=web" title="De &quot;AP&quot;">AP</a></p>';
		expect(clauseHtml(html, 'rights')).toBe(
			'<h2 id="rights--klachten">Klachten</h2><p><a href="https://ap.example/klacht?taal=nl&amp;vorm=web" title="De &quot;AP&quot;">AP</a></p>',
		);
	});
});

describe('tables inside a clause', () => {
	it('take keyboard focus, so a table that scrolls on a phone can be scrolled without a pointer', () => {
		expect(clauseHtml('<p>x</p><table><tbody><tr><td>a</td></tr></tbody></table>', 'c')).toBe(
			'<p>x</p><table tabindex="0"><tbody><tr><td>a</td></tr></tbody></table>',
		);
	});

	it('leave a text without tables as it is, byte for byte', () => {
		expect(clauseHtml('<p>Caf&eacute;</p>', 'c')).toBe('<p>Caf&eacute;</p>');
	});
});
