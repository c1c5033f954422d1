import type { Processing } from '../model/types.ts';
import type { LocaleKit } from './runtime.ts';

/** The letter of Art. 6(1) each basis rests on. */
const ARTICLE_LETTER = {
	consent: 'a',
	contract: 'b',
	'legal-obligation': 'c',
	'vital-interests': 'd',
	'public-task': 'e',
	'legitimate-interests': 'f',
} as const;

/** The register facts in words, in the page's language; free text is shown as the clause wrote it. */
export function registerText(kit: LocaleKit, facts: Processing) {
	const { t } = kit;
	const retention = facts.retention;
	return {
		data: kit.list([...facts.data.map((key) => t(`data.${key}`)), ...(facts.otherData ?? [])]),
		basis: facts.basis && `${t(`basis.${facts.basis}`)} (${t('register.article', { letter: ARTICLE_LETTER[facts.basis] })})`,
		retention: retention?.period
			? retention.after
				? t('register.periodAfter', { period: kit.period(retention.period), event: retention.after })
				: kit.period(retention.period)
			: retention?.criteria,
		recipients: facts.recipients?.map((r) => `${r.name} (${t(`role.${r.role}`)})`),
		transfers: facts.transfers?.map((x) => [x.recipient, kit.region(x.country), x.safeguard && t(`safeguard.${x.safeguard}`)].filter(Boolean).join(', ')),
		requirement: facts.requirement && [t(`requirement.${facts.requirement.by}`), facts.requirement.consequence].filter(Boolean).join('. '),
	};
}
