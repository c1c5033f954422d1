import type { ContentProblem, StatementModel } from './types.ts';

/**
 * A cookie that tracks for marketing may only be placed after consent (Telecommunicatiewet art. 11.7a,
 * GDPR Art. 6(1)(a)); only functional cookies, and analytics with little impact on privacy, are exempt.
 */
export function checkCookies(model: StatementModel, versions: Set<string>): ContentProblem[] {
	const problems = new Map<string, ContentProblem>();
	for (const version of model.versions.filter((v) => versions.has(v.id))) {
		for (const clause of version.clauses) {
			const register = clause.register;
			for (const [index, cookie] of (register?.cookies ?? []).entries()) {
				if (cookie.category !== 'marketing' || cookie.consent) continue;
				problems.set(`${register!.file}|${index}`, {
					file: register!.file,
					field: `cookies[${index}].consent`,
					message: `marketing cookie \`${cookie.name}\` is placed without consent (Telecommunicatiewet art. 11.7a: a tracking cookie needs the visitor's consent first).`,
					hint: 'Ask for consent before placing it and set `consent: true`, or correct its `category` if it does not track for marketing.',
				});
			}
		}
	}
	return [...problems.values()];
}
