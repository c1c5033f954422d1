import type { ContentProblem, StatementModel } from './types.ts';

/**
 * A reader identifies the controller by its registration (GDPR Art. 13(1)(a)): a KvK or VAT number, or,
 * for a controller that has neither, the reason, which the contact block prints in their place.
 */
export function checkControllerIdentity(model: StatementModel, versions: Set<string>): ContentProblem[] {
	const unidentified = model.versions.filter((v) => versions.has(v.id) && !v.controller.kvk && !v.controller.vat && !v.controller.unregistered);
	if (unidentified.length === 0) return [];
	return [
		{
			file: 'astro.config.mjs',
			field: 'controller.kvk',
			message: `the controller facts of version${unidentified.length > 1 ? 's' : ''} ${unidentified.map((v) => v.id).join(', ')} give no KvK or VAT number, so a reader cannot look up who the controller is (GDPR Art. 13(1)(a)).`,
			hint: 'Add `kvk` or `vat` to the controller facts; a controller that has neither (a foreign company, a private person) says why with `unregistered: { nl: …, en: … }`, which the contact block prints in their place.',
		},
	];
}
