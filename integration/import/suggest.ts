import { citedBases } from '../model/references.ts';
import type { LegalBasisKey } from '../model/vocabulary.ts';
import { sentenceSpans } from './sentence-spans.ts';

/**
 * Controller facts found in an imported statement's text, in the shapes the `controller` option takes.
 * Only what the text states is here; the import writes them as suggestions, for a person to confirm.
 */
export interface SuggestedController {
	name?: string;
	address?: string[];
	postalAddress?: string[];
	email?: string;
	privacyEmail?: string;
	phone?: string;
	kvk?: string;
	vat?: string;
}

/** A register fact a section's words suggest, printed in the import's report and never written as a fact. */
export interface RegisterHint {
	/** The heading of the section it was found in. */
	section: string;
	kind: 'basis' | 'retention' | 'purpose';
	/** The sentence it was found in (for a purpose: the heading or the first sentence), exactly as in the text. */
	text: string;
	/** What the register file could say, e.g. `basis: legal-obligation`, `retention: { period: { years: 7 } }`. */
	suggestion: string;
}

// Words as Dutch names and streets write them: `Utrecht`, `IJsselkade`, `Oost-Indië`, `Nieuw-Vennep`, `Berg-en-Dal`.
const WORD = "(?:IJ|\\p{Lu})[\\p{Ll}']*(?:-(?:IJ|\\p{Lu})?[\\p{Ll}']+)*";
const LINKING = "(?:van|de|der|den|het|op|aan|in|ter|ten|bij|'t)";
const STREET = `(?:Postbus|Antwoordnummer)[ \\t]+\\d{1,6}|(?<![\\p{L}.])${WORD}\\.?(?:[ \\t]+(?:${LINKING}[ \\t]+)*${WORD}\\.?){0,3}[ \\t]+\\d{1,5}(?:[ \\t]?-?[ \\t]?(?:[a-zA-Z]{1,3}|\\d{1,4}))?`;
const PLACE = `(?:'s[- ])?${WORD}(?:(?:[ \\t]+${LINKING})*[ \\t]+${WORD})*`;
/** A street (or Postbus) and number, then, after a comma or on the next line (a list item too), `1234 AB Plaats`. */
const ADDRESS = new RegExp(
	`(${STREET})[ \\t]*(?:,[ \\t]*|\\r?\\n[ \\t]*(?:[-*•][ \\t]+)?)([1-9]\\d{3})[ \\t]?([A-Z]{2})(?![\\p{L}\\d])[ \\t]+(${PLACE})`,
	'gu',
);

const KVK =
	/(?:\bKvK|\bK\.v\.K\.|\bKamer\s+van\s+Koophandel|\bHandelsregister|\bChamber\s+of\s+Commerce|\bCoC\b)[^\d\n]{0,50}?(\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2})(?![ .]?\d)/giu;
/** A VAT number after its name, country letters first, dots and spaces as some write it: `BTW-nummer NL 1234.56.789.B01`. */
const VAT = /\b(?:BTW|VAT|omzetbelasting)[^\n]{0,40}?(?<![\p{L}\d])([A-Za-z]{2}[ .]?\d(?:[ .]?[\dA-Za-z]){7,12})(?![\p{L}\d])/giu;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/giu;
const PRIVACY_MAILBOX = /^(?:privacy|avg|gdpr|gegevensbescherming|data-?protection)/i;
/** A Dutch number, international (`+31 (0)30 …`, `0031 …`) or national (`(030) …`, `06-…`, `0800-…`); its digits decide. */
const PHONE = /(?<![\w+])(?:(?:\+|00)31[ .-]*(?:\(0\)[ .-]*)?|\(?0)\d(?:[ .)-]{0,3}\d){5,10}(?!\d)/gu;
/** Before a national number: a word saying it is one, or nothing (it starts its line, as in a contact block); bank and case numbers start with 0 too. */
const PHONE_WORD = /(?:\b(?:tel(?:efoon(?:nummer)?)?|telephone|phone|bel(?:len)?|call|mobiel|mobile|T)\b[^\d\n]{0,20}|^[ \t]*)$/iu;
/** Areas with a two-digit code after the 0 (`030`, `088`); all others have three (`0111`), mobile numbers one (`06`). */
const TWO_DIGIT_AREAS = new Set('10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79 84 85 87 88 91'.split(' '));

/**
 * A legal form after the name (`Voorbeeld Hosting B.V.`) or before it (`Stichting Voorbeeld`), or a sole trader's
 * trade name. At most six words: names are short, and an unbounded run would make a page of capitalised words slow.
 */
const NAME_WORD = "(?!(?:Bij|Door|Wij|We|Deze|Dit|Het|Een|Voor|Van|Op|In|At|By|The|Our|This|Dat|Als)\\b)[\\p{Lu}\\d][\\p{L}\\d&'-]*\\.?";
const NAMES = new RegExp(
	[
		`(?:${NAME_WORD}|&)(?:[ \\t]+(?:${NAME_WORD}|&|en|and|van|de|der)){0,5}?[ \\t]+(?:B\\.V\\.|BV|N\\.V\\.|NV|V\\.O\\.F\\.|VOF|C\\.V\\.|U\\.A\\.)(?![\\p{L}])`,
		`(?:Stichting|Vereniging|Coöperatie)(?:[ \\t]+${NAME_WORD}){1,5}`,
		`(?<=handelend onder de naam[ \\t]+|handelsnaam[ \\t:]+)${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,4}`,
		`${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,4}(?=,?[ \\t]+(?:een[ \\t]+)?eenmanszaak)`,
	].join('|'),
	'gu',
);
/** Where a statement says who is responsible: the name closest to these, or to the KvK number, is the controller's. */
const CONTROLLER_WORDS = /verwerkingsverantwoordelijke|verantwoordelijk\s+voor|\bwij\s+zijn\b|\bwe\s+are\b|\bcontroller\b|responsible\s+for/giu;
/** How far (in characters) a fact may stand from the controller's name or numbers and still be taken for the controller's. */
const NEAR = 400;

interface Found<T> {
	value: T;
	index: number;
}

function all<T>(text: string, pattern: RegExp, read: (m: RegExpExecArray) => T | undefined): Found<T>[] {
	return [...text.matchAll(pattern)].flatMap((m) => {
		const value = read(m);
		return value === undefined ? [] : [{ value, index: m.index }];
	});
}

/** The one nearest the anchors, within reach; with no anchors, the first. Another party's Postbus or number (the Autoriteit Persoonsgegevens') stays out. */
function nearest<T>(found: Found<T>[], anchors: number[]): T | undefined {
	if (anchors.length === 0) return found[0]?.value;
	const distance = (f: Found<T>) => Math.min(...anchors.map((a) => Math.abs(a - f.index)));
	return found.filter((f) => distance(f) <= NEAR).sort((a, b) => distance(a) - distance(b))[0]?.value;
}

/** A Dutch number as printed internationally, grouped as in the `controller` example (`+31 30 123 45 67`); free and paid service numbers stay national. */
function dutchPhone(raw: string): string | undefined {
	const digits = raw.replace(/\D/g, '');
	const national = /^\s*(?:\+|0031)/.test(raw) ? digits.replace(/^(?:00)?310?/, '') : digits.replace(/^0/, '');
	const pairs = (rest: string) => rest.match(/\d{2}/g)!.join(' ');
	const service = /^(800|90[069])(\d{4}|\d{7})$/.exec(national);
	if (service) return `0${service[1]} ${service[2]!.length === 4 ? service[2] : `${service[2]!.slice(0, 3)} ${pairs(service[2]!.slice(3))}`}`;
	if (!/^[1-9]\d{8}$/.test(national)) return undefined;
	if (national.startsWith('6')) return `+31 6 ${pairs(national.slice(1))}`;
	if (TWO_DIGIT_AREAS.has(national.slice(0, 2))) return `+31 ${national.slice(0, 2)} ${national.slice(2, 5)} ${pairs(national.slice(5))}`;
	return `+31 ${national.slice(0, 3)} ${pairs(national.slice(3))}`;
}

/** The controller facts a statement's text states, each normalised to the shape the `controller` option checks; nothing it does not state. */
export function suggestController(text: string): SuggestedController {
	const kvks = all(text, KVK, (m) => m[1]!.replace(/\D/g, ''));
	const vats = all(text, VAT, (m) => {
		const vat = m[1]!.replace(/[ .]/g, '').toUpperCase();
		// Every EU VAT number has at least eight digits; `BTW is 21 procent` has two.
		return /^[A-Z]{2}[0-9A-Z]{2,13}$/.test(vat) && vat.replace(/\D/g, '').length >= 8 ? vat : undefined;
	});
	const numbers = [...kvks, ...vats].map((f) => f.index);
	const said = [...text.matchAll(CONTROLLER_WORDS)].map((m) => m.index);
	// A sentence's full stop is no part of a name; the last one of `B.V.` is.
	const names = all(text, NAMES, (m) => m[0].replace(/(?<!\.\p{Lu})\.$/u, ''));
	// Without a number or a sentence saying who is responsible, a name could be anyone's: a processor's, say.
	const name = numbers.length + said.length > 0 ? nearest(names, [...numbers, ...said]) : undefined;
	const anchors = [...numbers, ...names.filter((n) => n.value === name).map((n) => n.index)];

	const addresses = all(text, ADDRESS, (m) => [m[1]!.trim(), `${m[2]} ${m[3]} ${m[4]}`]);
	const isPostal = (lines: string[]) => /^(?:Postbus|Antwoordnummer)\b/.test(lines[0]!);
	const phones = all(text, PHONE, (m) => {
		const international = /^(?:\+|00)/.test(m[0]);
		const before = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index).slice(-30);
		return international || PHONE_WORD.test(before) ? dutchPhone(m[0]) : undefined;
	});

	const emails = [...new Set(text.match(EMAIL) ?? [])];
	const privacy = emails.find((e) => PRIVACY_MAILBOX.test(e));
	const domain = (e: string) => e.slice(e.indexOf('@')).toLowerCase();
	const others = emails.filter((e) => e !== privacy);
	const general = (privacy && others.find((e) => domain(e) === domain(privacy))) ?? others[0];

	const facts: SuggestedController = {
		name,
		address: nearest(
			addresses.filter((a) => !isPostal(a.value)),
			anchors,
		),
		postalAddress: nearest(
			addresses.filter((a) => isPostal(a.value)),
			anchors,
		),
		email: general ?? privacy,
		privacyEmail: general ? privacy : undefined,
		phone: nearest(phones, anchors),
		kvk: kvks[0]?.value,
		vat: vats[0]?.value,
	};
	return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as SuggestedController;
}

/** Art. 6(1) bases as statements word them, without citing the article. Withdrawing consent is no basis, so `toestemming` alone is not enough. */
const BASIS_WORDS: [LegalBasisKey, RegExp][] = [
	[
		'consent',
		/\b(?:op\s+(?:grond|basis)\s+van|met|na)\s+(?:(?:uw|jouw|je|uitdrukkelijke|expliciete)\s+)*toestemming|\bgrondslag\s*(?:is\s*)?:?\s*toestemming|\b(?:based\s+on|on\s+the\s+basis\s+of|with)\s+(?:(?:your|explicit)\s+)*consent/iu,
	],
	[
		'contract',
		/\buitvoering\s+van\s+(?:(?:de|een|onze|uw|het)\s+)?(?:overeenkomst|contract)|\bperform(?:ance|ing)?\s+(?:of\s+)?(?:a|the|our|your)\s+contract/iu,
	],
	[
		'legal-obligation',
		/\bwettelijke?\s+(?:verplichting|plicht|bewaarplicht)|\bwettelijk\s+verplicht|\bfiscale\s+bewaarplicht|\blegal(?:ly)?\s+(?:obligation|obliged|required)|\brequired\s+by\s+law/iu,
	],
	['vital-interests', /\bvitale?\s+belang(?:en)?|\bvital\s+interests?/iu],
	['public-task', /\btaak\s+van\s+algemeen\s+belang|\bopenbaar\s+gezag|\bpublic\s+(?:task|interest)|\bofficial\s+authority/iu],
	['legitimate-interests', /\bgerechtvaardigde?\s+belang(?:en)?|\blegitimate\s+interests?/iu],
];

/** Numbers up to twenty as words, Dutch then English. Not `a`/`an`: `once a week` is how often, not how long. */
const NUMBER_WORDS = new Map<string, number>([
	...'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig'
		.split(' ')
		.map((w, i) => [w, i + 1] as const),
	...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
		.split(' ')
		.map((w, i) => [w, i + 1] as const),
	['één', 1],
]);
const UNITS: [RegExp, 'years' | 'months' | 'weeks' | 'days'][] = [
	[/^(?:jaar|jaren|years?)$/i, 'years'],
	[/^(?:maand|maanden|months?)$/i, 'months'],
	[/^(?:week|weken|weeks)$/i, 'weeks'],
	[/^(?:dag|dagen|days?)$/i, 'days'],
];
/** `7 jaar`, `zeven (7) jaar`, `for 13 months`, `6 weken na het einde van de overeenkomst`: the number, the unit, and the event counted from. */
const PERIOD = new RegExp(
	`(?<![\\p{L}\\d])(\\d{1,3}|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?:[ \\t]*\\(\\d{1,3}\\))?\\s+(jaar|jaren|years?|maand(?:en)?|months?|week|weken|weeks|dag(?:en)?|days?)(?![\\p{L}])(?:\\s+(?:na|vanaf|after|from)\\s+([^,.;:()\\n]{3,80}))?`,
	'giu',
);
/** A sentence that says data is kept or removed: only there is a length a retention period, not in `20 jaar ervaring`. */
const KEPT =
	/\b(?:bewaar\p{L}*|bewaren|bewaard|opgeslagen|opslaan|verwijder\p{L}*|vernietig\p{L}*|gewist|wissen|geanonimiseerd|anonimiseren|keep|keeps|kept|retain\p{L}*|retention|stor(?:e|ed|es|age)|delet\p{L}*|eras\p{L}*|anonymi[sz]\p{L}*)\b/iu;
/** An age, not a period: `jonger dan 16 jaar`, `under 16 years of age`. */
const AGE_BEFORE = /(?:jonger|ouder|younger|older)\s+(?:dan|than)\s+$|\bonder\s+de\s+$|\bunder\s+(?:the\s+age\s+of\s+)?$|\baged?\s+$/iu;
const AGE_AFTER = /^\s+(?:oud|old|of\s+age)\b/iu;
/** Words saying a section is about a purpose: its heading or first sentence names one. */
const PURPOSE_WORDS = /\b(?:verwerkings)?doel(?:en|einden?)?\b|\bwaarvoor\b|\bpurposes?\b/iu;

function retentionIn(sentence: string): string[] {
	if (!KEPT.test(sentence)) return [];
	return [...sentence.matchAll(PERIOD)].flatMap((m) => {
		// A period counted from an event (`na …`) is no age; only a bare one can be followed by `oud`.
		const age = AGE_BEFORE.test(sentence.slice(0, m.index)) || (!m[3] && AGE_AFTER.test(sentence.slice(m.index + m[0].length)));
		const count = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.get(m[1]!.toLowerCase())!;
		if (age || count === 0) return [];
		const unit = UNITS.find(([words]) => words.test(m[2]!))![1];
		const after = m[3] ? `, after: ${JSON.stringify(m[3].trim())}` : '';
		return [`retention: { period: { ${unit}: ${count} }${after} }`];
	});
}

/**
 * Register facts a statement's sections suggest: the Art. 6(1) bases they cite or name, the retention periods
 * they give, and which sections read as purposes. Each once per section, with the sentence it was found in.
 */
export function suggestRegister(sections: { heading: string; text: string }[]): RegisterHint[] {
	return sections.flatMap(({ heading, text }) => {
		const sentences = sentenceSpans(text).map((s) => s.text);
		const found = new Map<string, RegisterHint>();
		const add = (kind: RegisterHint['kind'], sentence: string, suggestion: string) => {
			if (!found.has(suggestion)) found.set(suggestion, { section: heading, kind, text: sentence, suggestion });
		};
		for (const sentence of sentences) {
			const worded = BASIS_WORDS.filter(([, words]) => words.test(sentence)).map(([basis]) => basis);
			for (const basis of new Set([...citedBases(sentence), ...worded])) add('basis', sentence, `basis: ${basis}`);
			for (const retention of retentionIn(sentence)) add('retention', sentence, retention);
		}
		const named = [heading, sentences[0] ?? ''].find((words) => PURPOSE_WORDS.test(words));
		if (found.size === 0 || named === undefined) return [...found.values()];
		return [{ section: heading, kind: 'purpose' as const, text: named, suggestion: `purpose: ${JSON.stringify(heading)}` }, ...found.values()];
	});
}
