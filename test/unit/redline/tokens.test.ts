import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFragment, serialize } from '../../../integration/model/html.ts';
import { redlineHtml } from '../../../integration/model/redline/index.ts';
import { lcsLength, profile, similarity as alike } from '../../../integration/model/redline/similarity.ts';
import { tokenize, tokenKey } from '../../../integration/model/redline/tokens.ts';

const labels = { inserted: 'inserted:', deleted: 'deleted:' };
const redline = (before: string, after: string) => redlineHtml(before, after, labels).replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');
const nodes = parseFragment;
const similarity = (a: string, b: string) => alike(profile(a), profile(b));

describe('the words of a text', () => {
	it('are never split: addresses, amounts, article numbers and names with joiners are one word', () => {
		const tokens = tokenize(nodes('Art. 52, 1.000,50 euro: privacy@example.nl, e-mail en _ga!'));
		expect(tokens.filter((t) => t.type !== 'space').map((t) => `${t.type} ${t.text}`)).toEqual([
			'word Art',
			'punct .',
			'word 52',
			'punct ,',
			'word 1.000,50',
			'word euro',
			'punct :',
			'word privacy@example.nl',
			'punct ,',
			'word e-mail',
			'word en',
			'word _ga',
			'punct !',
		]);
	});

	it('count cookie names such as _ga as words, so three of them are an island a reader can read', () => {
		expect(
			redline('<p>Eerst plaatsen wij _ga _gid _gat voor statistiek, zegt de tekst.</p>', '<p>Eerst zetten wij _ga _gid _gat voor analyse, zegt de tekst.</p>'),
		).toBe('<p>Eerst <del>plaatsen</del><ins>zetten</ins> wij _ga _gid _gat voor <del>statistiek</del><ins>analyse</ins>, zegt de tekst.</p>');
	});

	it('take a run of whitespace as one space, and a hard line break as a break', () => {
		expect(tokenize(nodes('a \n\t b<br>c')).map((t) => t.type)).toEqual(['word', 'space', 'word', 'break', 'word']);
		const [space, , brk] = tokenize(nodes('a b<br>c')).slice(1);
		expect(tokenKey(space!)).toBe(tokenKey(brk!));
		expect(tokenKey(tokenize(nodes('\n'))[0]!)).toBe(tokenKey(space!));
	});

	it('sit inside the inline elements around them, and anything else is one token', () => {
		const tokens = tokenize(nodes('<a href="/x"><em>zie</em></a> <code>npm run lock</code>'));
		expect(tokens.map((t) => [t.type, t.text, t.context.map((f) => f.key)])).toEqual([
			['word', 'zie', ['<a href="/x">', '<em>']],
			['space', ' ', []],
			['atomic', '<code>npm run lock</code>', []],
		]);
		expect(tokenKey(tokens[0]!)).not.toBe(tokenKey(tokenize(nodes('<em>zie</em>'))[0]!));
	});

	it('are compared inside every inline element, which stays around the change', () => {
		for (const tag of ['abbr', 'b', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'time', 'dfn']) {
			expect(redline(`<p>Wij bewaren <${tag}>serverlogs</${tag}> drie maanden.</p>`, `<p>Wij bewaren <${tag}>accesslogs</${tag}> drie maanden.</p>`), tag).toBe(
				`<p>Wij bewaren <${tag}><del>serverlogs</del><ins>accesslogs</ins></${tag}> drie maanden.</p>`,
			);
		}
	});

	it('keep a link with a query string working, changed or not', () => {
		const link = '<a href="https://ap.example/klacht?taal=nl&amp;vorm=web">de AP</a>';
		expect(redline(`<p>Klaag bij ${link}.</p><p>Drie maanden.</p>`, `<p>Klaag bij ${link}.</p><p>Zes maanden.</p>`)).toBe(
			`<p>Klaag bij ${link}.</p><p><del>Drie</del><ins>Zes</ins> maanden.</p>`,
		);
		expect(redline(`<p>Klaag bij ${link} binnen een jaar.</p>`, `<p>Klaag bij ${link} binnen twee jaar.</p>`)).toBe(
			`<p>Klaag bij ${link} binnen <del>een</del><ins>twee</ins> jaar.</p>`,
		);
		expect(redline('<p>Zie <a href="/a?x=1&amp;y=2">dit</a>.</p>', '<p>Zie <a href="/b?x=1&amp;y=2">dit</a>.</p>')).toBe(
			'<p>Zie <a href="/b?x=1&amp;y=2">dit</a> <span class="redline-link">(<del>/a?x=1&amp;y=2</del><ins>/b?x=1&amp;y=2</ins>)</span>.</p>',
		);
	});

	it('keep an empty inline element, such as an anchor, where it was', () => {
		expect(redline('<p><a id="logs"></a>Drie maanden.</p>', '<p><a id="logs"></a>Zes maanden.</p>')).toBe(
			'<p><a id="logs"></a><del>Drie</del><ins>Zes</ins> maanden.</p>',
		);
	});

	it('close nested inline elements in the right order, inside the text and at its end', () => {
		expect(redline('<p>Een <strong><em>drie</em></strong> maanden.</p>', '<p>Een <strong><em>zes</em></strong> maanden.</p>')).toBe(
			'<p>Een <strong><em><del>drie</del><ins>zes</ins></em></strong> maanden.</p>',
		);
		expect(redline('<p>Zie <strong><em>drie maanden</em></strong></p>', '<p>Zie <strong><em>zes maanden</em></strong></p>')).toBe(
			'<p>Zie <strong><em><del>drie</del><ins>zes</ins> maanden</em></strong></p>',
		);
	});
});

describe('HTML written back', () => {
	it('writes void elements without an end tag', () => {
		for (const tag of ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']) {
			expect(serialize(nodes(`<${tag}>`)[0]!), tag).toBe(`<${tag}>`);
		}
	});

	it('writes attributes escaped once, whether the HTML wrote them with entities or not, and boolean attributes bare', () => {
		expect(serialize(nodes('<a href="/x?a=1&amp;b=&quot;2&quot;" title="Meer">x &amp; y</a>')[0]!)).toBe(
			'<a href="/x?a=1&amp;b=&quot;2&quot;" title="Meer">x &amp; y</a>',
		);
		expect(serialize(nodes('<a href="/x?a=1&#x26;b=2&copy=3">x</a>')[0]!)).toBe('<a href="/x?a=1&amp;b=2&amp;copy=3">x</a>');
		expect(serialize(nodes('<details open><summary>Meer</summary></details>')[0]!)).toBe('<details open><summary>Meer</summary></details>');
	});
});

describe('how alike two texts are', () => {
	it('finds the longest common subsequence of two lists, across words of bits', () => {
		expect(lcsLength(['a', 'a', 'b'], ['a', 'b', 'b'])).toBe(2);
		expect(lcsLength(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(1);
		expect(lcsLength([], ['a'])).toBe(0);
		expect(lcsLength(['a'], [])).toBe(0);
		// A carry crosses from one 32-bit word into the next.
		const long = Array.from({ length: 70 }, (_, i) => (i % 3 === 0 ? 'x' : `w${i}`));
		expect(lcsLength(long, long)).toBe(70);
		expect(
			lcsLength(
				long,
				long.filter((_, i) => i % 5 !== 0),
			),
		).toBe(56);
	});

	it('finds what the dynamic programme finds, for any two lists (a property test)', () => {
		const dynamic = (a: string[], b: string[]) => {
			let row = new Array<number>(b.length + 1).fill(0);
			for (const item of a) {
				const next = [0];
				for (let j = 0; j < b.length; j++) next.push(item === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
				row = next;
			}
			return row[b.length]!;
		};
		const lists = fc.array(fc.constantFrom('de', 'van', ' ', 'gegevens', ',', 'wij'), { maxLength: 150 });
		fc.assert(
			fc.property(lists, lists, (a, b) => lcsLength(a, b) === dynamic(a, b)),
			{ numRuns: 300 },
		);
	});

	it('is the share of character pairs in common, whatever the case and the whitespace around or inside', () => {
		expect(similarity('accountant', 'accountants')).toBe(18 / 19);
		expect(similarity('Accountant', 'accountant')).toBe(1);
		expect(similarity(' ab ', 'ab')).toBe(1);
		expect(similarity('a  b', 'a\nb')).toBe(1);
		expect(similarity('ab', 'cd')).toBe(0);
		expect(similarity('ab', 'ba')).toBe(0);
		expect(similarity('abcd', 'abxy')).toBe(1 / 3);
	});

	it('compares texts too short for a pair as they are', () => {
		expect(similarity('a', 'a')).toBe(1);
		expect(similarity(' a', 'a ')).toBe(1);
		expect(similarity('a', 'b')).toBe(0);
		expect(similarity('', '')).toBe(1);
	});
});
