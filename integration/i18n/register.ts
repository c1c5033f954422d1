import { legalBases, type LegalBasis } from '../model/schema/processing.ts';
import type { PurposeFact } from '../model/purpose.ts';
import type { Processing } from '../model/types.ts';
import { BASIS_LETTERS } from '../model/vocabulary.ts';
import type { LocaleKit } from './runtime.ts';

// One wording of each fact, shared by the facts list, the overview table, the search records and the
// clause's own sentences (`<Purpose fact="…" />`): what the prose says is what the register says.

/** The names of terms are written as they read inside a sentence; a list or a table cell begins with a capital. */
const capitalized = (kit: LocaleKit, text: string) => text.charAt(0).toLocaleUpperCase(kit.locale) + text.slice(1);

const basisName = (kit: LocaleKit, entry: LegalBasis) => kit.t(`basis.${entry.basis}`);

const dataText = (kit: LocaleKit, data: Processing['data'] = [], other: string[] = []) => kit.list([...data.map((key) => kit.t(`data.${key}`)), ...other]);

const retentionText = (kit: LocaleKit, retention: Processing['retention']) =>
	retention?.period
		? retention.after
			? kit.t('register.periodAfter', { period: kit.period(retention.period), event: retention.after })
			: kit.period(retention.period)
		: retention?.criteria;

const recipientTexts = (kit: LocaleKit, facts: Processing) => facts.recipients?.map((r) => (r.role ? `${r.name} (${kit.t(`role.${r.role}`)})` : r.name));

/** The register facts in words, in the page's language; free text is shown as the clause wrote it. */
export function registerText(kit: LocaleKit, facts: Processing) {
	const { t } = kit;
	// Each basis with its article and law, then what it covers where that differs: "Wettelijke verplichting (art. 6 lid 1 sub c AVG; art. 52 AWR): facturen, 7 jaar".
	const basisText = (entry: LegalBasis) => {
		const cited = [t('register.article', { letter: BASIS_LETTERS[entry.basis] }), entry.law].filter(Boolean).join('; ');
		const covers = [entry.data && dataText(kit, entry.data), retentionText(kit, entry.retention)].filter(Boolean).join(', ');
		return `${capitalized(kit, basisName(kit, entry))} (${cited})${covers ? `: ${covers}` : ''}`;
	};
	const bases = legalBases(facts);
	return {
		data: dataText(kit, facts.data, facts.otherData),
		basis: bases.length > 0 ? bases.map(basisText).join('; ') : undefined,
		retention: retentionText(kit, facts.retention),
		recipients: recipientTexts(kit, facts),
		transfers: facts.transfers?.map((x) => [x.recipient, kit.region(x.country), x.safeguard && t(`safeguard.${x.safeguard}`)].filter(Boolean).join(', ')),
		requirement: facts.requirement && [t(`requirement.${facts.requirement.by}`), facts.requirement.consequence].filter(Boolean).join('. '),
	};
}

/** The facts a purpose has, each with its label, in the order the facts list shows them; what the facts leave out is not there. */
export function registerRows(kit: LocaleKit, facts: Processing): { label: string; values: string[] }[] {
	const { t } = kit;
	const text = registerText(kit, facts);
	const rows: [string, string | string[] | undefined][] = [
		// Named only in a clause of several purposes; otherwise the clause's title is the purpose.
		[t('register.purpose'), facts.purpose],
		[t('register.data'), text.data],
		[t('register.basis'), text.basis],
		[t('register.interest'), facts.interest],
		[t('register.withdraw'), facts.withdraw],
		[t('register.retention'), text.retention],
		[t('register.recipients'), text.recipients],
		[t('register.transfers'), text.transfers],
		[t('register.source'), facts.source],
		[t('register.requirement'), text.requirement],
	];
	return rows.filter(([, value]) => value !== undefined && value.length > 0).map(([label, value]) => ({ label, values: [value!].flat() }));
}

/**
 * One fact of a purpose as words inside a sentence (`<Purpose fact="…" />`), worded as the register words it:
 * the bases by name with their law ("uitvoering van een overeenkomst en wettelijke verplichting (art. 52 AWR)"),
 * the recipients as a list. For a fact the purpose has; `purposeFactProblem` says which it has.
 */
export function factText(kit: LocaleKit, facts: Processing, fact: PurposeFact): string | undefined {
	switch (fact) {
		case 'data':
			return dataText(kit, facts.data, facts.otherData);
		case 'bases':
			return kit.list(legalBases(facts).map((entry) => (entry.law ? `${basisName(kit, entry)} (${entry.law})` : basisName(kit, entry))));
		case 'retention':
			return retentionText(kit, facts.retention);
		case 'recipients':
			return kit.list(recipientTexts(kit, facts) ?? []);
	}
}
