import { isIsoDate } from '../model/dates.ts';
import { sentenceSpans } from './sentence-spans.ts';

/** The date a statement says it was last changed, the sentence that says so, and whether it named a day or only a month. */
export interface VersionDate {
	/** `YYYY-MM-DD`; a month without a day is its 1st. */
	date: string;
	/** The sentence (or line) stating the date, exactly as in the text, so the import can leave it out of the clauses. */
	sentence: string;
	/** `month` when the text names only a month (`mei 2020`): the day is then not the statement's but ours. */
	precision: 'day' | 'month';
}

/**
 * Month names by their lower-case spelling, Dutch and English, full and short, from Intl: the same names the
 * pages print. `sept` is the one short form statements write that Intl does not give.
 */
const MONTHS = new Map<string, number>([['sept', 9]]);
for (const locale of ['nl', 'en']) {
	for (const month of ['long', 'short'] as const) {
		const names = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
		for (let index = 0; index < 12; index++)
			MONTHS.set(
				names
					.format(Date.UTC(2000, index, 1))
					.toLowerCase()
					.replace(/\.$/, ''),
				index + 1,
			);
	}
}
// Longest first, so `maart` is never read as `mar` and `juni` never as `jun`.
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b\\.?`;
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const ORDINAL = '(?:st|nd|rd|th|e)?';

interface DateShape {
	pattern: RegExp;
	/** Year, month and day from the match; no day for a month alone. */
	parts: (m: RegExpMatchArray) => [string, string | number, string?];
}

/**
 * The ways a date is written, most precise first: each match is blanked out before the next shape is
 * tried, so the `maart 2021` inside `3 maart 2021` is not found again as a month alone. Numeric dates
 * are day-month-year, as Dutch and British statements write them.
 */
const SHAPES: DateShape[] = [
	{ pattern: /(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
	{ pattern: new RegExp(`(?<![\\d./-])(\\d{1,2})([-/.])(\\d{1,2})\\2${YEAR}`, 'g'), parts: (m) => [m[4]!, m[3]!, m[1]!] },
	{ pattern: new RegExp(`(?<![\\d.])(\\d{1,2})${ORDINAL}\\.?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'gi'), parts: (m) => [m[3]!, month(m[2]!), m[1]!] },
	{ pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+${YEAR}`, 'gi'), parts: (m) => [m[3]!, month(m[1]!), m[2]!] },
	{ pattern: new RegExp(`\\b${MONTH},?\\s+${YEAR}`, 'gi'), parts: (m) => [m[2]!, month(m[1]!)] },
];

function month(name: string): number {
	return MONTHS.get(name.toLowerCase().replace(/\.$/, ''))!;
}

interface FoundDate {
	date: string;
	precision: VersionDate['precision'];
	start: number;
	end: number;
}

/** The real calendar dates in a text, with where they stand; impossible ones (31-02-2020) are left out. */
function datesIn(text: string): FoundDate[] {
	const found: FoundDate[] = [];
	let rest = text;
	for (const { pattern, parts } of SHAPES) {
		for (const m of rest.matchAll(pattern)) {
			const [year, monthNumber, day] = parts(m);
			const date = `${year}-${String(monthNumber).padStart(2, '0')}-${(day ?? '1').padStart(2, '0')}`;
			if (isIsoDate(date)) found.push({ date, precision: day === undefined ? 'month' : 'day', start: m.index, end: m.index + m[0].length });
		}
		rest = rest.replace(pattern, (match) => ' '.repeat(match.length));
	}
	return found;
}

/**
 * Words that say when the statement itself changed, in Dutch and English. A date is the version date only
 * next to one of these, so a date the body gives for something else ("sinds 25 mei 2018 geldt de AVG")
 * is never taken for it.
 */
const CHANGED =
	/\b(?:laatste?\s+(?:aangepast|gewijzigd|bijgewerkt|herzien|aanpassing|wijziging|update|herziening)|(?:aangepast|gewijzigd|bijgewerkt|herzien)(?:\s+(?:op|per)\b|\s*:)|versie(?:datum)?|last\s+(?:updated|modified|changed|revised|amended|update|revision)|(?:updated|modified|changed|revised|amended)(?:\s+(?:on|as\s+of)\b|\s*:)|version(?:\s+date)?)(?![\p{L}\d])/giu;

/** How far a date may follow the words (`versie 2.1, mei 2020`), and what alone may stand between a date and words after it (`1 mei 2020 (laatst gewijzigd)`). */
const MAX_GAP_AFTER = 40;
const GAP_BEFORE = /^[\s(:,–—-]{0,5}$/;

/**
 * The date the statement was last changed, from a sentence or line that says so. When several do (a
 * version history), the latest date is the statement's; a named day wins over a month alone on the same date.
 */
export function findVersionDate(text: string): VersionDate | undefined {
	let best: VersionDate | undefined;
	for (const sentence of sentenceSpans(text)) {
		const words = [...sentence.text.matchAll(CHANGED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
		if (words.length === 0) continue;
		for (const found of datesIn(sentence.text)) {
			const near = words.some(
				(w) =>
					(w.end <= found.start && found.start - w.end <= MAX_GAP_AFTER) || (found.end <= w.start && GAP_BEFORE.test(sentence.text.slice(found.end, w.start))),
			);
			if (!near) continue;
			const better = !best || found.date > best.date || (found.date === best.date && found.precision === 'day' && best.precision === 'month');
			if (better) best = { date: found.date, sentence: sentence.text, precision: found.precision };
		}
	}
	return best;
}
