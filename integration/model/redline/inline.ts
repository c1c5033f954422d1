import { diffArrays } from 'diff';
import { element, text, type ElementContent } from '../html.ts';
import { lcsLength } from './similarity.ts';
import { DEL, INS, renderTokens, srLabel, tokenize, tokenKey, wordCount, type Frame, type RedlineLabels, type Token } from './tokens.ts';

export type { RedlineLabels };

/** An unchanged island between two changes with fewer words than this is read as part of the change. */
export const MIN_ISLAND_WORDS = 3;
/**
 * Past this many inserted plus deleted tokens, a block counts as rewritten and is shown replaced whole.
 * It bounds the diff's cost, linear in the length of a text rather than quadratic for a rewrite.
 */
const MAX_EDIT_TOKENS = 120;
/** A change that leaves less than this share of its sentence unchanged replaces the whole sentence. */
const SENTENCE_KEPT = 0.5;

/** A run of the text: unchanged, or a change with the words of short islands folded into it. */
type Segment = { same: true; before: Token[]; after: Token[] } | { same: false; before: Token[]; after: Token[]; folded: number };

export function mark(kind: 'ins' | 'del', nodes: ElementContent[], labels: RedlineLabels): ElementContent[] {
	return nodes.length > 0 ? [element(kind, {}, [srLabel(kind === 'ins' ? labels.inserted : labels.deleted), ...nodes])] : [];
}

/**
 * A phrase-level redline of two runs of inline content. Words are diffed with jsdiff; unchanged islands
 * too short to read on their own are folded into the change around them, and a sentence that mostly
 * changed is shown replaced whole (the idea of diff-match-patch's semantic cleanup, on words).
 */
export function diffInline(before: ElementContent[], after: ElementContent[], labels: RedlineLabels): ElementContent[] {
	return renderSegments(phrases(tokenize(before), tokenize(after)), labels);
}

function phrases(before: Token[], after: Token[]): Segment[] {
	const segments: Segment[] = [];
	let i = 0;
	let j = 0;
	// Each token's key is built once, not on every comparison the diff makes.
	const [left, right] = [before.map(tokenKey), after.map(tokenKey)];
	const parts = mostlyRewritten(left, right) ? undefined : diffArrays(left, right, { maxEditLength: MAX_EDIT_TOKENS });
	if (!parts) return [{ same: false, before, after, folded: 0 }];
	for (const part of parts) {
		const n = part.count ?? part.value.length;
		if (!part.added && !part.removed) {
			segments.push({ same: true, before: before.slice(i, i + n), after: after.slice(j, j + n) });
			i += n;
			j += n;
		} else {
			const last = segments.at(-1);
			const change = last && !last.same ? last : (segments.push({ same: false, before: [], after: [], folded: 0 }), segments.at(-1)!);
			if (part.removed) change.before.push(...before.slice(i, (i += n)));
			else change.after.push(...after.slice(j, (j += n)));
		}
	}
	// Widening to sentences can leave new short islands behind, so they are folded once more; moving a
	// change's edges to word boundaries can take a word from an island, so they are folded again after that.
	return foldIslands(toWordEdges(foldIslands(toSentences(foldIslands(segments)))));
}

/**
 * Whether the diff would exceed MAX_EDIT_TOKENS, known from the longest common subsequence without running
 * the diff: a rewrite drawn from the same words (and the spaces between them) keeps the diff searching
 * every edit up to the limit before it gives up.
 */
const mostlyRewritten = (before: string[], after: string[]) => before.length + after.length - 2 * lcsLength(before, after) > MAX_EDIT_TOKENS;

/**
 * Where one side of a change starts (or ends) with a space and the other does not (`naam en` against
 * `naam,`), the mark would begin or end at a space beside a word: the word next to it joins the change.
 */
function toWordEdges(segments: Segment[]): Segment[] {
	const spaced = (tokens: Token[], at: 0 | -1) => tokens.length > 0 && isSpace(tokens.at(at));
	for (let k = 0; k < segments.length; k++) {
		const change = segments[k]!;
		if (change.same || change.before.length === 0 || change.after.length === 0) continue;
		const prev = segments[k - 1];
		if (prev?.same && spaced(change.before, 0) !== spaced(change.after, 0)) {
			let n = 0;
			while (n < prev.after.length && !isSpace(prev.after[prev.after.length - 1 - n])) n++;
			change.before.unshift(...prev.before.splice(prev.before.length - n));
			change.after.unshift(...prev.after.splice(prev.after.length - n));
		}
		const next = segments[k + 1];
		if (next?.same && spaced(change.before, -1) !== spaced(change.after, -1)) {
			let n = 0;
			while (n < next.after.length && !isSpace(next.after[n])) n++;
			change.before.push(...next.before.splice(0, n));
			change.after.push(...next.after.splice(0, n));
		}
	}
	return segments.filter((s) => !s.same || s.after.length > 0);
}

/** Merges every unchanged island of fewer than MIN_ISLAND_WORDS words that sits between two changes. */
function foldIslands(segments: Segment[]): Segment[] {
	const out: Segment[] = [];
	for (const segment of segments) {
		const island = out.at(-1);
		const change = out.at(-2);
		if (!segment.same && island && !island.same) {
			island.before.push(...segment.before);
			island.after.push(...segment.after);
			island.folded += segment.folded;
		} else if (!segment.same && island?.same && change && !change.same && wordCount(island.after) < MIN_ISLAND_WORDS) {
			const folded = change.folded + wordCount(island.after) + segment.folded;
			out.splice(-2, 2, {
				same: false,
				before: [...change.before, ...island.before, ...segment.before],
				after: [...change.after, ...island.after, ...segment.after],
				folded,
			});
		} else {
			out.push(segment);
		}
	}
	return out;
}

const endsSentence = (token: Token) => token.type === 'punct' && /^[.!?;:]$/.test(token.text);

/**
 * Widens a replacement to its whole sentence when little of the sentence around it stays the same. Pure
 * insertions and deletions stay as they are: the words around them did not change.
 */
function toSentences(segments: Segment[]): Segment[] {
	for (let k = 0; k < segments.length; k++) {
		const change = segments[k]!;
		if (change.same || wordCount(change.before) === 0 || wordCount(change.after) === 0) continue;
		const prev = segments[k - 1];
		const next = segments[k + 1];
		// Tokens of the same sentence before and after the change.
		const head = prev?.same ? sentenceTail(prev.after) : 0;
		const tail = next?.same ? sentenceHead(next.after) : 0;
		const around = wordCount(prev?.after.slice(prev.after.length - head) ?? []) + wordCount(next?.after.slice(0, tail) ?? []);
		// Words of islands folded into the change did not change either.
		const kept = around + change.folded;
		const changed = Math.max(wordCount(change.before), wordCount(change.after)) - change.folded;
		if (around === 0 || kept / (kept + changed) >= SENTENCE_KEPT) continue;
		if (prev?.same && head > 0) {
			change.before.unshift(...prev.before.splice(prev.before.length - head));
			change.after.unshift(...prev.after.splice(prev.after.length - head));
		}
		if (next?.same && tail > 0) {
			change.before.push(...next.before.splice(0, tail));
			change.after.push(...next.after.splice(0, tail));
		}
	}
	return segments.filter((s) => !s.same || s.after.length > 0);
}

/** How many tokens at the end of `tokens` belong to the sentence that continues after them. */
function sentenceTail(tokens: Token[]): number {
	let n = 0;
	while (n < tokens.length && !endsSentence(tokens[tokens.length - 1 - n]!)) n++;
	// Keep the space after the full stop outside the change.
	while (n > 0 && tokens[tokens.length - n]!.type !== 'word' && tokens[tokens.length - n]!.type !== 'punct') n--;
	return n;
}

/** How many tokens at the start of `tokens` finish the sentence begun before them, up to its full stop. */
function sentenceHead(tokens: Token[]): number {
	const end = tokens.findIndex(endsSentence);
	return end === -1 ? tokens.length : end + 1;
}

function renderSegments(segments: Segment[], labels: RedlineLabels): ElementContent[] {
	const tokens: Token[] = [];
	const marked = (list: Token[], tag: Frame) => list.map((t) => ({ ...t, context: [...t.context, tag] }));
	for (const segment of segments) {
		if (segment.same) {
			tokens.push(...segment.after);
			continue;
		}
		const link = changedLink(segment, labels);
		if (link) {
			tokens.push(...segment.after, { type: 'space', text: ' ', context: [] }, { type: 'atomic', text: '', node: link, context: [] });
			continue;
		}
		// Whitespace at the edges of a change stays outside the marks, so marks start and end at words.
		const [lead, before, after, trail] = trimSpace(segment);
		tokens.push(...lead, ...marked(before, DEL), ...marked(after, INS), ...trail);
	}
	return renderTokens(tokens, labels);
}

const isSpace = (token: Token | undefined) => token?.type === 'space' || token?.type === 'break';

function trimSpace({ before, after }: Segment): [Token[], Token[], Token[], Token[]] {
	const lead = (isSpace(before[0]) || !before.length) && (isSpace(after[0]) || !after.length) ? [(after[0] ?? before[0])!] : [];
	const strip = (tokens: Token[]) => {
		const start = lead.length && isSpace(tokens[0]) ? 1 : 0;
		let end = tokens.length;
		while (end > start && isSpace(tokens[end - 1])) end--;
		return tokens.slice(start, end);
	};
	const trail = [after, before].map((t) => (isSpace(t.at(-1)) ? t.at(-1) : undefined)).find(Boolean);
	return [lead, strip(before), strip(after), trail ? [trail] : []];
}

/** The same visible words with other link targets: the new links, and each old and new target named. */
function changedLink(segment: Segment, labels: RedlineLabels): ElementContent | undefined {
	const words = (tokens: Token[]) =>
		tokens
			.map((t) => (isSpace(t) ? ' ' : t.text))
			.join('')
			.trim();
	const hrefs = (tokens: Token[]) =>
		[
			...new Set(
				tokens
					.flatMap((t) => t.context)
					.map((frame) => (frame.element.tagName === 'a' ? frame.element.properties.href : undefined))
					.filter((h) => typeof h === 'string' && h !== ''),
			),
		] as string[];
	const [old, now] = [hrefs(segment.before), hrefs(segment.after)];
	if (old.length === 0 || old.length !== now.length || words(segment.before) !== words(segment.after)) return undefined;
	const pairs = old.map((href, i) => [href, now[i]!] as const).filter(([a, b]) => a !== b);
	if (pairs.length === 0) return undefined;
	const named = pairs.flatMap(([a, b], i) => [...(i > 0 ? [text('; ')] : []), ...mark('del', [text(a)], labels), ...mark('ins', [text(b)], labels)]);
	return element('span', { className: ['redline-link'] }, [text('('), ...named, text(')')]);
}
