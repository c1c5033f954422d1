import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { redlineHtml, wholeText } from '../../../integration/model/redline/index.ts';
import { PAYLOADS, problems } from './safety.ts';

/**
 * Generated clause pairs: a small tree of blocks (p, h3, ul/li, table/tr/td) with inline elements (a[href],
 * abbr[title], strong, em, code) whose texts and attribute values are arbitrary Unicode with the characters
 * that end a tag or an attribute. Each part is in the old text, the new one or both, and each text and
 * attribute value may differ between the two. Serialised with hast-util-to-html, as rehype would.
 */
const labels = { inserted: 'inserted:', deleted: 'deleted:' };

type Side = 'before' | 'after';
/** A value in the old and in the new text. */
type Pair = readonly [string, string];
type Presence = 'both' | Side;

interface Inline {
	tag: 'text' | 'a' | 'abbr' | 'strong' | 'em' | 'code';
	text: Pair;
	attribute: Pair;
	presence: Presence;
}
interface Block {
	tag: 'p' | 'h3' | 'ul' | 'table';
	/** id for p and h3, class for the list items and cells. */
	attribute: Pair;
	/** One run of inline content for p and h3; one per item for ul; one per row for table, split into two cells. */
	parts: { inlines: Inline[]; presence: Presence }[];
	presence: Presence;
}

const special = fc.constantFrom('"', "'", '<', '>', '&', '=', '/', '!', '-', '[', ']', ';', '#', '`', '{', '}', '&lt;', '&quot;', '&amp;', '&#x22;');
const letter = fc.constantFrom(...'abcxyzéßøİıσ漢字😀');
// Any code point but controls, surrogates and whitespace: what whitespace does is not at stake here, and
// a clause may not contain control characters.
const other = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !/[\p{Cc}\p{Cs}\s]/u.test(c));
const char = fc.oneof(special, letter, other);
const word = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: char, minLength: 1, maxLength: 6 }) },
	fc.constantFrom('logs', 'drie', 'maanden', 'AVG'),
	fc.constantFrom(...PAYLOADS.map((p) => p.replace(/\s+/g, '_'))),
);
const value = fc.oneof(fc.string({ unit: fc.oneof(char, fc.constant(' ')), maxLength: 12 }), fc.constantFrom(...PAYLOADS));

/** A value, the same in both texts most of the time. */
const pairOf = (arb: fc.Arbitrary<string>): fc.Arbitrary<Pair> =>
	fc
		.tuple(arb, fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb }))
		.map(([before, after]) => [before, after ?? before] as const);

/** Words, and in the new text maybe one of them replaced, dropped, or one put in, so the diff finds words in common. */
const textPair: fc.Arbitrary<Pair> = fc
	.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.option(fc.tuple(fc.nat(), fc.option(word), fc.boolean()), { freq: 2 }))
	.map(([words, edit]) => {
		const now = [...words];
		if (edit) {
			const [at, replacement, insert] = edit;
			const i = at % words.length;
			// An element with no text left would show nothing; whether the redline keeps it is not at stake here.
			if (replacement === null) now.splice(i, words.length > 1 ? 1 : 0);
			else now.splice(i, insert ? 0 : 1, replacement);
		}
		return [words.join(' '), now.join(' ')] as const;
	});
const presence: fc.Arbitrary<Presence> = fc.constantFrom('both', 'both', 'both', 'before', 'after');

const inline: fc.Arbitrary<Inline> = fc.record({
	tag: fc.constantFrom('text', 'text', 'a', 'abbr', 'strong', 'em', 'code'),
	text: textPair,
	attribute: pairOf(value),
	presence,
});
const inlines = fc.array(inline, { minLength: 1, maxLength: 4 });
const part = fc.record({ inlines, presence });
const row = fc.record({ inlines: fc.array(inline, { minLength: 2, maxLength: 6 }), presence });
const block: fc.Arbitrary<Block> = fc.oneof(
	fc.record({
		tag: fc.constantFrom('p' as const, 'h3' as const),
		attribute: pairOf(value),
		parts: inlines.map((list) => [{ inlines: list, presence: 'both' as const }]),
		presence,
	}),
	fc.record({ tag: fc.constant('ul' as const), attribute: pairOf(value), parts: fc.array(part, { minLength: 1, maxLength: 3 }), presence }),
	fc.record({ tag: fc.constant('table' as const), attribute: pairOf(value), parts: fc.array(row, { minLength: 1, maxLength: 3 }), presence }),
);
const clause = fc.array(block, { minLength: 1, maxLength: 4 });

const on = (side: Side) => (item: { presence: Presence }) => item.presence === 'both' || item.presence === side;
const pick = (pair: Pair, side: Side) => pair[side === 'before' ? 0 : 1];
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

function inlineNode(node: Inline, side: Side): ElementContent {
	const text = { type: 'text' as const, value: pick(node.text, side) };
	const value = pick(node.attribute, side);
	if (node.tag === 'text') return text;
	if (node.tag === 'a') return el('a', { href: `/${value}` }, [text]);
	if (node.tag === 'abbr') return el('abbr', { title: value }, [text]);
	return el(node.tag, {}, [text]);
}

/** One side of the pair as a hast tree; a row's cells are its inlines split in two at the middle. */
function tree(blocks: Block[], side: Side): Root {
	const runs = (list: Inline[]) => list.filter(on(side)).map((n) => inlineNode(n, side));
	const children = blocks.filter(on(side)).map((b): Element => {
		const value = pick(b.attribute, side);
		const parts = b.parts.filter(on(side));
		if (b.tag === 'p' || b.tag === 'h3') return el(b.tag, { id: value }, runs(parts[0]!.inlines));
		if (b.tag === 'ul')
			return el(
				'ul',
				{},
				parts.map((p) => el('li', { className: [value] }, runs(p.inlines))),
			);
		const rows = parts.map((p) => {
			const half = Math.ceil(p.inlines.length / 2);
			return el(
				'tr',
				{},
				[p.inlines.slice(0, half), p.inlines.slice(half)].map((cell) => el('td', { className: [value] }, runs(cell))),
			);
		});
		return el('table', {}, [el('tbody', {}, rows)]);
	});
	return { type: 'root', children };
}

const pairs = clause.map((blocks) => [toHtml(tree(blocks, 'before')), toHtml(tree(blocks, 'after'))] as const);

/**
 * Fails with the problems found, so fast-check prints them with the shrunk pair and the seed. Spaces are
 * left out of the text comparison: a space beside a change that only one side had stays outside the marks,
 * so the other side reads with it (a known quirk, not an escaping problem).
 */
function check(output: string, sides: { before?: string; after?: string }) {
	const found = problems(output, sides, labels, { spaces: 'ignore' });
	if (found.length > 0) throw new Error(`${found.slice(0, 8).join('\n')}\noutput: ${output}`);
}

describe('generated clause pairs with markup in their texts and attribute values', () => {
	it('redline to their own elements, attributes and texts only', () => {
		fc.assert(
			fc.property(pairs, ([before, after]) => check(redlineHtml(before, after, labels), { before, after })),
			{ numRuns: 200 },
		);
	});

	it('stay as they were when added or removed whole', () => {
		fc.assert(
			fc.property(pairs, ([before, after]) => {
				check(wholeText(after, 'added', labels), { after });
				check(wholeText(before, 'removed', labels), { before });
			}),
			{ numRuns: 200 },
		);
	});
});
