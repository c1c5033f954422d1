import { describe, expect, it } from 'vitest';
import { redlineHtml, redlineText } from '../../../integration/model/redline/index.ts';
import { MIN_ISLAND_WORDS } from '../../../integration/model/redline/inline.ts';

const labels = { inserted: 'inserted:', deleted: 'deleted:' };
const unlabelled = (html: string) => html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');
const redline = (before: string, after: string) => unlabelled(redlineHtml(before, after, labels));

/** A deterministic stream of numbers below `n` (mulberry32), so every run tests the same texts. */
function random(seed: number) {
	return (n: number) => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) % n;
	};
}

describe('the redline of any two texts', () => {
	const words = ['naam', 'en', 'adres', ',', 'of', 'wij', 'bewaren', 'het', '.', 'drie', 'jaar', 'zes', ';', 'de', 'logs', '(', ')', 'e-mail', '_ga', ':'];
	// Any seed gives texts for which all this holds; this one also reaches the rarer rules (two changes
	// made adjacent by moving their edges, a change ending at a space only one side has).
	const rnd = random(5);
	const sentence = (n: number) =>
		Array.from({ length: n }, () => words[rnd(words.length)]!)
			.join(' ')
			.replace(/ ([,.;:)])/g, '$1');
	// Half of the pairs are edits of one text, half two unrelated texts.
	const pairs = Array.from({ length: 1000 }, () => {
		const before = sentence(3 + rnd(16));
		return [
			before,
			rnd(2)
				? before
						.split(' ')
						.map((w) => (rnd(3) ? w : words[rnd(words.length)]))
						.join(' ')
				: sentence(3 + rnd(16)),
		] as const;
	});
	const results = pairs.map(([before, after]) => ({ before, after, html: unlabelled(redlineText(before, after, labels)) }));
	/** The words and punctuation in order: where a space falls beside punctuation is not part of what a text says. */
	const read = (html: string) =>
		html
			.replace(/<[^>]+>/g, '')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&')
			.replace(/\s+/g, ' ')
			.replace(/ ([,.;:)])/g, '$1')
			.replaceAll('( ', '(')
			.trim();
	const marked = (html: string) => html.replaceAll('<del>', '[-').replaceAll('</del>', '-]').replaceAll('<ins>', '{+').replaceAll('</ins>', '+}');

	it('reads as the new text without its deletions, and as the old text without its insertions', () => {
		for (const { before, after, html } of results) {
			expect(read(html.replace(/<del>.*?<\/del>/g, '')), html).toBe(read(after));
			expect(read(html.replace(/<ins>.*?<\/ins>/g, '')), html).toBe(read(before));
		}
	});

	it('never starts or ends a change inside a word, or at a space beside one', () => {
		for (const { html } of results) {
			expect(marked(html), html).not.toMatch(/[\p{L}\p{N}_](\[-|\{\+)[\p{L}\p{N}_\s]|[\p{L}\p{N}_\s](-\]|\+\})[\p{L}\p{N}_]/u);
		}
	});

	it(`leaves no unchanged island of fewer than ${MIN_ISLAND_WORDS} words between two changes`, () => {
		for (const { html } of results) {
			for (const island of marked(html)
				.split(/\[-.*?-\](?:\{\+.*?\+\})?|\{\+.*?\+\}/)
				.slice(1, -1)) {
				expect((island.match(/[\p{L}\p{N}_]+/gu) ?? []).length, html).toBeGreaterThanOrEqual(MIN_ISLAND_WORDS);
			}
		}
	});
});

describe('the redline of a sentence', () => {
	it('keeps an island of three words between two changes', () => {
		expect(redline('<p>Wij bewaren logs drie maanden en backups twee jaar.</p>', '<p>Wij bewaren logs zes maanden en backups vier jaar.</p>')).toBe(
			'<p>Wij bewaren logs <del>drie</del><ins>zes</ins> maanden en backups <del>twee</del><ins>vier</ins> jaar.</p>',
		);
	});

	it('folds an island that moving a change to its word boundary left too short', () => {
		expect(redline('<p>Wij bewaren drie maanden uw naam en adres.</p>', '<p>Wij bewaren zes maanden uw naam, adres.</p>')).toBe(
			'<p>Wij bewaren <del>drie maanden uw naam en</del><ins>zes maanden uw naam,</ins> adres.</p>',
		);
	});

	it('starts a change at the word before it when only one side begins with a space, back to a space or line break', () => {
		expect(redline('<p>Wij delen naam en adres met de bank.</p>', '<p>Wij delen naam, adres met de bank.</p>')).toBe(
			'<p>Wij delen <del>naam en</del><ins>naam,</ins> adres met de bank.</p>',
		);
		expect(redline('<p>(naam en adres)</p>', '<p>(naam, adres)</p>')).toBe('<p><del>(naam en</del><ins>(naam,</ins> adres)</p>');
		expect(redline('<p>Adres<br>naam en adres.</p>', '<p>Adres<br>naam, adres.</p>')).toBe('<p>Adres<br><del>naam en</del><ins>naam,</ins> adres.</p>');
	});

	it('shows a deletion as it is, however much of the sentence it takes', () => {
		expect(redline('<p>Wij bewaren uw naam en adres en telefoon en e-mail en geboortedatum.</p>', '<p>Wij bewaren uw naam.</p>')).toBe(
			'<p>Wij bewaren uw naam <del>en adres en telefoon en e-mail en geboortedatum</del>.</p>',
		);
		expect(redline('<p>Wij delen naam, adres en e-mail met de bank.</p>', '<p>Wij delen e-mail met de bank.</p>')).toBe(
			'<p>Wij delen <del>naam, adres en</del> e-mail met de bank.</p>',
		);
	});

	it('replaces a mostly changed sentence whole, counting only the words of that sentence as kept', () => {
		expect(redline('<p>Eerste zin met heel veel woorden erin. Wij sturen post.</p>', '<p>Eerste zin met heel veel woorden erin. Wij mailen een pdf.</p>')).toBe(
			'<p>Eerste zin met heel veel woorden erin. <del>Wij sturen post.</del><ins>Wij mailen een pdf.</ins></p>',
		);
		expect(redline('<p>Drie maanden of langer, daarna.</p>', '<p>Zes weken of korter, daarna.</p>')).toBe(
			'<p><del>Drie maanden of langer, daarna.</del><ins>Zes weken of korter, daarna.</ins></p>',
		);
		expect(redline('<p>Daarna. Wij drie maanden of langer</p>', '<p>Daarna. Wij zes weken of korter</p>')).toBe(
			'<p>Daarna. <del>Wij drie maanden of langer</del><ins>Wij zes weken of korter</ins></p>',
		);
		// A sentence without a full stop runs to the end of the text: here enough of it stays.
		expect(redline('<p>Wij drie maanden of langer de logs hier</p>', '<p>Wij zes weken of korter de logs hier</p>')).toBe(
			'<p>Wij <del>drie maanden of langer</del><ins>zes weken of korter</ins> de logs hier</p>',
		);
	});

	it('takes a sentence from its first word or bracket, leaving the space before it out', () => {
		expect(redline('<p>Eerste zin. (Wij sturen de factuur per post.)</p>', '<p>Eerste zin. (Wij mailen u een pdf.)</p>')).toBe(
			'<p>Eerste zin. <del>(Wij sturen de factuur per post.</del><ins>(Wij mailen u een pdf.</ins>)</p>',
		);
	});

	it('counts a space only the new text has as part of the insertion', () => {
		expect(redline('<p>Oud begin van de zin.</p>', '<p> Nieuw begin van de zin.</p>')).toBe('<p><del>Oud</del><ins> Nieuw</ins> begin van de zin.</p>');
	});

	it('finds one changed word in a long paragraph', () => {
		const long =
			'Wij bewaren uw gegevens zo kort mogelijk en nooit langer dan nodig voor het doel waarvoor wij ze hebben gekregen, tenzij de wet ons verplicht ze langer te bewaren, zoals de fiscale bewaarplicht van zeven jaar voor facturen en de administratie die daarbij hoort, en de plicht om gegevens over betalingen te bewaren voor controle door de Belastingdienst of een andere toezichthouder.';
		expect(redline(`<p>${long}</p>`, `<p>${long.replace('zeven jaar', 'tien jaar')}</p>`)).toBe(
			`<p>${long.replace('zeven jaar', '<del>zeven</del><ins>tien</ins> jaar')}</p>`,
		);
	});

	it('compares up to 120 inserted and deleted words and spaces, and shows a block that needs more as replaced', () => {
		const groups = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i} een twee drie`).join(' ');
		// 60 words replaced: 120 tokens, each change with an island of three words around it.
		expect(redline(`<p>${groups(60, 'oud')}</p>`, `<p>${groups(60, 'nieuw')}</p>`)).toBe(
			`<p>${Array.from({ length: 60 }, (_, i) => `<del>oud${i}</del><ins>nieuw${i}</ins> een twee drie`).join(' ')}</p>`,
		);
		expect(redline(`<p>${groups(61, 'oud')}</p>`, `<p>${groups(61, 'nieuw')}</p>`)).toBe(
			`<p><del>${groups(61, 'oud')}</del><ins>${groups(61, 'nieuw')}</ins></p>`,
		);
		// Two long sentences that swapped places share every word, but no diff of fewer than 120 tokens turns one into the other.
		const first =
			'Wij bewaren uw naam, uw adres en uw e-mailadres zolang u klant bij ons bent en daarna nog twee jaar, zodat wij vragen over uw facturen kunnen beantwoorden en geschillen over betalingen kunnen oplossen.';
		const second =
			'Wij delen uw gegevens alleen met verwerkers die wij daarvoor hebben ingeschakeld, zoals onze hostingpartij in Amsterdam en onze boekhouder in Utrecht, en nooit met andere partijen zonder uw toestemming vooraf.';
		expect(redline(`<p>${first} ${second}</p>`, `<p>${second} ${first}</p>`)).toBe(`<p><del>${first} ${second}</del><ins>${second} ${first}</ins></p>`);
	});

	it('ends a change after the punctuation that follows it when only one side has a space before that punctuation', () => {
		expect(redline('<p>Contactez-nous : privacy@exemple.fr</p>', '<p>Écrivez-nous: privacy@exemple.fr</p>')).toBe(
			'<p><del>Contactez-nous :</del><ins>Écrivez-nous:</ins> privacy@exemple.fr</p>',
		);
		expect(redline('<p>Écrivez-nous: privacy@exemple.fr</p>', '<p>Contactez-nous : privacy@exemple.fr</p>')).toBe(
			'<p><del>Écrivez-nous:</del><ins>Contactez-nous :</ins> privacy@exemple.fr</p>',
		);
	});
});

describe('a changed link', () => {
	it('is named by its old and new target when only the target changed, also behind other attributes', () => {
		expect(redline('<p>Zie <a title="AP" href="/a">dit</a> nu.</p>', '<p>Zie <a title="AP" href="/b">dit</a> nu.</p>')).toBe(
			'<p>Zie <a title="AP" href="/b">dit</a> <span class="redline-link">(<del>/a</del><ins>/b</ins>)</span> nu.</p>',
		);
		expect(redline('<p>Zie <a href="/a">de</a> <a href="/c">AP</a>.</p>', '<p>Zie <a href="/b">de</a> <a href="/d">AP</a>.</p>')).toBe(
			'<p>Zie <a href="/b">de</a> <a href="/d">AP</a>. <span class="redline-link">(<del>/a</del><ins>/b</ins>; <del>/c</del><ins>/d</ins>)</span></p>',
		);
	});

	it('is marked as changed text when its words changed too, or it became two links', () => {
		expect(redline('<p>Zie <a href="/a">deze pagina</a> nu.</p>', '<p>Zie <a href="/b">die pagina</a> nu.</p>')).toBe(
			'<p>Zie <a href="/a"><del>deze pagina</del></a><a href="/b"><ins>die pagina</ins></a> nu.</p>',
		);
		expect(redline('<p>Zie <a href="/a">e mail</a> nu.</p>', '<p>Zie <a href="/b">email</a> nu.</p>')).toBe(
			'<p>Zie <a href="/a"><del>e mail</del></a><a href="/b"><ins>email</ins></a> nu.</p>',
		);
		expect(redline('<p>Zie <a href="/a">deze pagina</a> nu.</p>', '<p>Zie <a href="/b">deze</a> <a href="/c">pagina</a> nu.</p>')).toBe(
			'<p>Zie <a href="/a"><del>deze pagina</del></a><a href="/b"><ins>deze</ins></a><ins> </ins><a href="/c"><ins>pagina</ins></a> nu.</p>',
		);
	});

	it('is not what changed when only the formatting did, or the text became a link', () => {
		expect(redline('<p>Wij bewaren <em>logs</em> lang.</p>', '<p>Wij bewaren <strong>logs</strong> lang.</p>')).toBe(
			'<p>Wij bewaren <em><del>logs</del></em><strong><ins>logs</ins></strong> lang.</p>',
		);
		expect(redline('<p>Zie <a href="/a"><em>dit</em></a> nu.</p>', '<p>Zie <a href="/a"><strong>dit</strong></a> nu.</p>')).toBe(
			'<p>Zie <a href="/a"><em><del>dit</del></em><strong><ins>dit</ins></strong></a> nu.</p>',
		);
		expect(redline('<p>Zie <em>dit</em> nu.</p>', '<p>Zie <a href="/b">dit</a> nu.</p>')).toBe(
			'<p>Zie <em><del>dit</del></em><a href="/b"><ins>dit</ins></a> nu.</p>',
		);
	});
});
