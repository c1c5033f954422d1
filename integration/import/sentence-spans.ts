/** A sentence (or a line that stands alone) exactly as in the text, and where it starts there. */
export interface SentenceSpan {
	text: string;
	start: number;
}

/**
 * Where one sentence ends and the next begins: a blank line; a line break before anything but a lower-case
 * letter (a heading, a date line, an address line); or a full stop, question or exclamation mark and a space
 * before a capital. A line break before a lower-case letter is a hard-wrapped sentence going on, so
 * "voor het laatst\naangepast op …" stays one sentence; `Art. 6`, `2.1` and `24.05.2018` never split.
 */
const BOUNDARY = /\n[ \t]*(?=\n|[^\p{Ll}\n])|(?<=[.!?])[ \t]+(?=[\p{Lu}"'“‘(])/gu;

/** The sentences of a text, trimmed, in order; each `text` is the source's own characters from `start`. */
export function sentenceSpans(text: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let from = 0;
	const push = (to: number) => {
		const raw = text.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed) spans.push({ text: trimmed, start: from + lead });
	};
	for (const boundary of text.matchAll(BOUNDARY)) {
		push(boundary.index);
		from = boundary.index + boundary[0].length;
	}
	push(text.length);
	return spans;
}
