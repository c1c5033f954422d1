import { describe, expect, it } from 'vitest';
import { redlineHtml, wholeText } from '../../../integration/model/redline/index.ts';

const labels = { inserted: 'inserted:', deleted: 'deleted:' };
const strip = (html: string) => html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');
const redline = (before: string, after: string) => strip(redlineHtml(before, after, labels));
const whole = (html: string, kind: 'added' | 'removed') => strip(wholeText(html, kind, labels));

describe('the redline of a block structure', () => {
	it('compares inside every kind of container, keeping it', () => {
		for (const tag of ['blockquote', 'div', 'section']) {
			expect(redline(`<${tag}><p>Wij bewaren logs drie maanden.</p></${tag}>`, `<${tag}><p>Wij bewaren logs zes maanden.</p></${tag}>`), tag).toBe(
				`<${tag}><p>Wij bewaren logs <del>drie</del><ins>zes</ins> maanden.</p></${tag}>`,
			);
			expect(whole(`<${tag}><p>Nieuw.</p></${tag}>`, 'added'), tag).toBe(`<${tag}><p><ins>Nieuw.</ins></p></${tag}>`);
		}
		expect(
			redline(
				'<details><summary>Meer over logs</summary><p>Wij bewaren logs drie maanden.</p></details>',
				'<details><summary>Meer over serverlogs</summary><p>Wij bewaren logs zes maanden.</p></details>',
			),
		).toBe(
			'<details><summary>Meer over <del>logs</del><ins>serverlogs</ins></summary><p>Wij bewaren logs <del>drie</del><ins>zes</ins> maanden.</p></details>',
		);
		expect(
			redline(
				'<figure><p>Wij bewaren logs drie maanden.</p><figcaption>Tabel een</figcaption></figure>',
				'<figure><p>Wij bewaren logs zes maanden.</p><figcaption>Tabel twee</figcaption></figure>',
			),
		).toBe('<figure><p>Wij bewaren logs <del>drie</del><ins>zes</ins> maanden.</p><figcaption>Tabel <del>een</del><ins>twee</ins></figcaption></figure>');
	});

	it('compares the text of every kind of text block word by word', () => {
		expect(redline('<h1>Bewaartermijnen</h1>', '<h1>Bewaartermijn</h1>')).toBe('<h1><del>Bewaartermijnen</del><ins>Bewaartermijn</ins></h1>');
		expect(
			redline(
				'<h2>Bewaartermijnen</h2><h4>Logs en backups</h4><h5>Voor altijd</h5><h6>Nooit meer</h6>',
				'<h2>Bewaartermijn</h2><h4>Logs of backups</h4><h5>Voor nu</h5><h6>Nooit minder</h6>',
			),
		).toBe(
			'<h2><del>Bewaartermijnen</del><ins>Bewaartermijn</ins></h2><h4>Logs <del>en</del><ins>of</ins> backups</h4><h5>Voor <del>altijd</del><ins>nu</ins></h5><h6>Nooit <del>meer</del><ins>minder</ins></h6>',
		);
		expect(redline('<address>Kanaalweg 12, Utrecht</address>', '<address>Kanaalweg 14, Utrecht</address>')).toBe(
			'<address>Kanaalweg <del>12</del><ins>14</ins>, Utrecht</address>',
		);
		expect(redline('<dl><dt>Logs bewaard</dt><dd>drie maanden</dd></dl>', '<dl><dt>Logs bewaren</dt><dd>zes weken</dd></dl>')).toBe(
			'<dl><dt>Logs <del>bewaard</del><ins>bewaren</ins></dt><dd><del>drie maanden</del></dd><dd><ins>zes weken</ins></dd></dl>',
		);
		expect(
			redline(
				'<table><caption>Termijnen voor logs</caption><tbody><tr><td>a</td></tr></tbody></table>',
				'<table><caption>Termijnen voor backups</caption><tbody><tr><td>a</td></tr></tbody></table>',
			),
		).toBe('<table><caption>Termijnen voor <del>logs</del><ins>backups</ins></caption><tbody><tr><td>a</td></tr></tbody></table>');
		expect(redline('<div>Drie maanden bewaard.</div>', '<div>Zes maanden bewaard.</div>')).toBe('<div><del>Drie</del><ins>Zes</ins> maanden bewaard.</div>');
	});

	it('keeps a table a table: header, body and footer rows compared cell by cell, a rewritten row replaced whole', () => {
		const before =
			'<table><thead><tr><th>Gegevens</th><th>Termijn</th></tr></thead><tbody><tr><td>Logs</td><td>drie maanden</td></tr></tbody><tfoot><tr><td>Totaal</td><td>twee</td></tr></tfoot></table>';
		const after =
			'<table><thead><tr><th>Gegevenstype</th><th>Bewaartermijn</th></tr></thead><tbody><tr><td>Logs</td><td>zes weken</td></tr></tbody><tfoot><tr><td>Totaal</td><td>drie</td></tr></tfoot></table>';
		expect(redline(before, after)).toBe(
			'<table><thead><tr><th><del>Gegevens</del><ins>Gegevenstype</ins></th><th><del>Termijn</del><ins>Bewaartermijn</ins></th></tr></thead><tbody><tr class="redline-del"><td><del>Logs</del></td><td><del>drie maanden</del></td></tr><tr class="redline-ins"><td><ins>Logs</ins></td><td><ins>zes weken</ins></td></tr></tbody><tfoot><tr><td>Totaal</td><td><del>twee</del><ins>drie</ins></td></tr></tfoot></table>',
		);
		expect(
			redline(
				'<table><tbody><tr><td>Logs</td><td>drie maanden</td></tr></tbody></table>',
				'<table><tbody><tr><td>Logs</td><td>drie weken</td></tr></tbody></table>',
			),
		).toBe('<table><tbody><tr><td>Logs</td><td>drie <del>maanden</del><ins>weken</ins></td></tr></tbody></table>');
		// How alike two rows are is judged on their cells as separate words.
		expect(
			redline(
				'<table><tbody><tr><td>Naam</td><td>drie jaar</td></tr></tbody></table>',
				'<table><tbody><tr><td>Naam</td><td>tien dagen</td></tr></tbody></table>',
			),
		).toBe('<table><tbody><tr><td>Naam</td><td><del>drie jaar</del><ins>tien dagen</ins></td></tr></tbody></table>');
		expect(
			redline(
				'<table><tbody><tr><td>Nieuwsbrief</td><td>tot afmelding</td></tr></tbody></table>',
				'<table><tbody><tr><td>Facturen</td><td>zeven jaar</td></tr></tbody></table>',
			),
		).toBe(
			'<table><tbody><tr class="redline-del"><td><del>Nieuwsbrief</del></td><td><del>tot afmelding</del></td></tr><tr class="redline-ins"><td><ins>Facturen</ins></td><td><ins>zeven jaar</ins></td></tr></tbody></table>',
		);
	});

	it('pairs the cells of a row by column while the row keeps its width, and by likeness when it does not', () => {
		for (const cell of ['th', 'td']) {
			expect(
				redline(
					`<table><tbody><tr><${cell}>Naam ontvanger</${cell}><${cell}>Termijn bewaren</${cell}></tr></tbody></table>`,
					`<table><tbody><tr><${cell}>Termijn bewaren gegevens</${cell}><${cell}>Naam ontvanger nu</${cell}></tr></tbody></table>`,
				),
				cell,
			).toBe(
				`<table><tbody><tr><${cell}><del>Naam ontvanger</del><ins>Termijn bewaren gegevens</ins></${cell}><${cell}><del>Termijn bewaren</del><ins>Naam ontvanger nu</ins></${cell}></tr></tbody></table>`,
			);
		}
		expect(
			redline(
				'<table><tbody><tr><td>Naam ontvanger</td><td>Termijn bewaren</td><td>Grond</td></tr></tbody></table>',
				'<table><tbody><tr><td>Naam ontvanger nu</td><td>Termijn bewaren nu</td></tr></tbody></table>',
			),
		).toBe('<table><tbody><tr><td>Naam ontvanger <ins>nu</ins></td><td>Termijn bewaren <ins>nu</ins></td><td><del>Grond</del></td></tr></tbody></table>');
		// Other blocks pair with the one most alike, wherever it moved.
		expect(redline('<p>Naam ontvanger</p><p>Termijn bewaren</p>', '<p>Termijn bewaren gegevens</p><p>Naam ontvanger nu</p>')).toBe(
			'<p><ins>Termijn bewaren gegevens</ins></p><p>Naam ontvanger <ins>nu</ins></p><p><del>Termijn bewaren</del></p>',
		);
	});

	it('compares a list inside however much of it changed', () => {
		expect(redline('<ul><li>naam</li><li>adres</li></ul>', '<ul><li>telefoonnummer</li><li>geboortedatum</li></ul>')).toBe(
			'<ul><li><del>naam</del></li><li><del>adres</del></li><li><ins>telefoonnummer</ins></li><li><ins>geboortedatum</ins></li></ul>',
		);
	});

	it('pairs a block with the first of equally alike ones, and only with one of its own kind', () => {
		expect(redline('<p>Wij bewaren logs drie maanden.</p>', '<p>Wij bewaren logs zes maanden.</p><p>Wij bewaren logs zes maanden.</p>')).toBe(
			'<p>Wij bewaren logs <del>drie</del><ins>zes</ins> maanden.</p><p><ins>Wij bewaren logs zes maanden.</ins></p>',
		);
		expect(redline('<p>Wij bewaren logs drie maanden.</p>', '<h2>Wij bewaren logs drie maanden.</h2>')).toBe(
			'<p><del>Wij bewaren logs drie maanden.</del></p><h2><ins>Wij bewaren logs drie maanden.</ins></h2>',
		);
	});

	it('compares blocks that share 40% of their character pairs, and no fewer', () => {
		// "abcdef" and "abcxyz" share 2 of their 5 pairs each: 2 × 2 / 10.
		expect(redline('<p>abcdef</p>', '<p>abcxyz</p>')).toBe('<p><del>abcdef</del><ins>abcxyz</ins></p>');
		expect(redline('<p>abcdefg</p>', '<p>abcxyzw</p>')).toBe('<p><del>abcdefg</del></p><p><ins>abcxyzw</ins></p>');
	});

	it('shows every block added or removed around a changed one, in order', () => {
		expect(redline('<p>Blijft staan.</p><p>Weg een.</p><p>Weg twee.</p>', '<p>Blijft staan.</p>')).toBe(
			'<p>Blijft staan.</p><p><del>Weg een.</del></p><p><del>Weg twee.</del></p>',
		);
		expect(redline('<p>Blijft staan.</p>', '<p>Blijft staan.</p><p>Nieuw een.</p><p>Nieuw twee.</p>')).toBe(
			'<p>Blijft staan.</p><p><ins>Nieuw een.</ins></p><p><ins>Nieuw twee.</ins></p>',
		);
		expect(
			redline(
				'<p>Wij bewaren logs drie maanden.</p>',
				'<p>Eerst nieuw.</p><p>Dan ook nieuw.</p><p>Wij bewaren logs zes maanden.</p><p>Erna nieuw.</p><p>Als laatste nieuw.</p>',
			),
		).toBe(
			'<p><ins>Eerst nieuw.</ins></p><p><ins>Dan ook nieuw.</ins></p><p>Wij bewaren logs <del>drie</del><ins>zes</ins> maanden.</p><p><ins>Erna nieuw.</ins></p><p><ins>Als laatste nieuw.</ins></p>',
		);
		expect(redline('<div>Tekst die blijft.</div>', '<div>Tekst die blijft.</div><div>Nieuw</div>')).toBe(
			'<div>Tekst die blijft.</div><div><ins>Nieuw</ins></div>',
		);
	});

	it('marks a block that holds no running text, such as a code block or a rule, as a whole', () => {
		expect(redline('<pre><code>a = 1</code></pre>', '<pre><code>a = 2</code></pre>')).toBe(
			'<del class="redline-block"><pre><code>a = 1</code></pre></del><ins class="redline-block"><pre><code>a = 2</code></pre></ins>',
		);
		expect(redline('<p>a</p>', '<p>a</p><hr>')).toBe('<p>a</p><ins class="redline-block"><hr></ins>');
		expect(whole('<hr>', 'removed')).toBe('<del class="redline-block"><hr></del>');
	});

	it('sees a changed word break: two words are not one', () => {
		expect(redline('<p>Uw e-mail adres.</p>', '<p>Uw e-mailadres.</p>')).toBe('<p><del>Uw e-mail adres.</del><ins>Uw e-mailadres.</ins></p>');
		expect(redline('<p>B.V.Utrecht</p>', '<p>B.V.<br>Utrecht</p>')).toBe('<p><del>B.V.Utrecht</del><ins>B.V.<br>Utrecht</ins></p>');
	});

	it('sees no change in the kind or amount of whitespace inside a changed paragraph', () => {
		expect(redline('<p>Wij bewaren logs drie maanden, sinds 2019.</p>', '<p>Wij bewaren logs\ndrie  maanden, sinds 2020.</p>')).toBe(
			'<p>Wij bewaren logs\ndrie  maanden, sinds <del>2019</del><ins>2020</ins>.</p>',
		);
		expect(redline('<p>Testhost B.V. Utrecht, sinds 2019.</p>', '<p>Testhost B.V.<br>Utrecht, sinds 2020.</p>')).toBe(
			'<p>Testhost B.V.<br>Utrecht, sinds <del>2019</del><ins>2020</ins>.</p>',
		);
		expect(redline('<p>B.V. Utrecht</p><p>a<br>b</p>', '<p>B.V.<br>Utrecht</p><p>a<br>b</p>')).toBe('<p>B.V.<br>Utrecht</p><p>a<br>b</p>');
	});
});

describe('a whole clause added or removed', () => {
	it('marks the text of every block, nested ones too, trimmed', () => {
		expect(whole('<ul><li>Item<ul><li>Sub</li></ul><p>a</p></li></ul>', 'added')).toBe(
			'<ul><li><ins>Item</ins><ul><li><ins>Sub</ins></li></ul><p><ins>a</ins></p></li></ul>',
		);
		expect(whole('<p>\nNieuw.\n</p>', 'added')).toBe('<p><ins>Nieuw.</ins></p>');
		expect(whole('<div>Tekst</div>', 'added')).toBe('<div><ins>Tekst</ins></div>');
	});

	it('keeps the columns of a new table, and drops those of a removed one', () => {
		expect(whole('<table><colgroup><col></colgroup><tbody><tr><td>x</td></tr></tbody></table>', 'added')).toBe(
			'<table><colgroup><col></colgroup><tbody><tr class="redline-ins"><td><ins>x</ins></td></tr></tbody></table>',
		);
		expect(whole('<table><colgroup><col></colgroup><tbody><tr><td>x</td></tr></tbody></table>', 'removed')).toBe(
			'<table><tbody><tr class="redline-del"><td><del>x</del></td></tr></tbody></table>',
		);
	});
});
