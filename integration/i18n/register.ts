import { legalBases, type LegalBasis } from '../model/schema/processing.ts';
import type { Processing } from '../model/types.ts';
import { BASIS_LETTERS } from '../model/vocabulary.ts';
import type { LocaleKit } from './runtime.ts';

/** The register facts in words, in the page's language; free text is shown as the clause wrote it. */
export function registerText(kit: LocaleKit, facts: Processing) {
	const { t } = kit;
	const retentionText = (retention: Processing['retention']) =>
		retention?.period
			? retention.after
				? t('register.periodAfter', { period: kit.period(retention.period), event: retention.after })
				: kit.period(retention.period)
			: retention?.criteria;
	const dataText = (data: Processing['data']) => kit.list(data.map((key) => t(`data.${key}`)));
	// Each basis with its article and law, then what it covers where that differs: "Wettelijke verplichting (art. 6 lid 1 sub c AVG; art. 52 AWR): facturen, 7 jaar".
	const basisText = (entry: LegalBasis) => {
		const cited = [t('register.article', { letter: BASIS_LETTERS[entry.basis] }), entry.law].filter(Boolean).join('; ');
		const covers = [entry.data && dataText(entry.data), retentionText(entry.retention)].filter(Boolean).join(', ');
		return `${t(`basis.${entry.basis}`)} (${cited})${covers ? `: ${covers}` : ''}`;
	};
	const bases = legalBases(facts);
	return {
		data: kit.list([...facts.data.map((key) => t(`data.${key}`)), ...(facts.otherData ?? [])]),
		basis: bases.length > 0 ? bases.map(basisText).join('; ') : undefined,
		retention: retentionText(facts.retention),
		recipients: facts.recipients?.map((r) => `${r.name} (${t(`role.${r.role}`)})`),
		transfers: facts.transfers?.map((x) => [x.recipient, kit.region(x.country), x.safeguard && t(`safeguard.${x.safeguard}`)].filter(Boolean).join(', ')),
		requirement: facts.requirement && [t(`requirement.${facts.requirement.by}`), facts.requirement.consequence].filter(Boolean).join('. '),
	};
}

/** The facts a purpose has, each with its label, in the order the facts list shows them; what the facts leave out is not there. */
export function registerRows(kit: LocaleKit, facts: Processing): { label: string; values: string[] }[] {
	const { t } = kit;
	const text = registerText(kit, facts);
	const rows: [string, string | string[] | undefined][] = [
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
