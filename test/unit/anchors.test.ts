import { describe, expect, it } from 'vitest';
import { namespaceAnchors } from '../../integration/model/anchors.ts';

describe('headings inside a clause', () => {
	it('get ids under the clause, and links to them inside the clause follow', () => {
		const html = '<p>See <a href="#logs">logs</a> and <a href="#retention">the clause</a>.</p>\n<h3 id="logs">Logs</h3>\n<p>Six weeks.</p>';
		expect(namespaceAnchors(html, 'retention')).toBe('<p>See <a href="#retention--logs">logs</a> and <a href="#retention">the clause</a>.</p>\n<h3 id="retention--logs">Logs</h3>\n<p>Six weeks.</p>');
	});

	it('keep two clauses with the same heading apart, and never take a clause anchor', () => {
		const heading = '<h3 id="security">Security</h3>';
		expect(namespaceAnchors(heading, 'hosting')).not.toBe(namespaceAnchors(heading, 'backups'));
		expect(namespaceAnchors(heading, 'hosting')).toBe('<h3 id="hosting--security">Security</h3>');
	});

	it('leave a text without headings as it is, byte for byte', () => {
		const html = '<p>Caf&eacute; &amp; <a href="#elsewhere">link</a></p>';
		expect(namespaceAnchors(html, 'intro')).toBe(html);
	});

	it('follow a link written with an encoded fragment', () => {
		expect(namespaceAnchors('<h2 id="bewaartermijn-één">x</h2><a href="#bewaartermijn-%C3%A9%C3%A9n">y</a>', 'c')).toBe('<h2 id="c--bewaartermijn-één">x</h2><a href="#c--bewaartermijn-één">y</a>');
	});
});
