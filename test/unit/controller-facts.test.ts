import { describe, expect, it } from 'vitest';
import { ControllerChangeSchema, ControllerSchema } from '../../integration/model/schema/controller.ts';
import { checkControllerIdentity } from '../../integration/model/controller-checks.ts';
import { recordOf } from '../../integration/model/record.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { both, facts, timelineOptions, version } from './records.ts';

const all = new Set(['2020-01-01', '2021-01-01', '2022-01-01']);

describe('controller facts a real statement needs', () => {
	it('takes a postal address only, notes attached to facts, and a reason for having no KvK or VAT number', () => {
		const foreign = {
			name: 'Example GmbH',
			postalAddress: ['Postfach 12', '10115 Berlin'],
			country: 'DE',
			email: 'privacy@example.de',
			notes: { postalAddress: { nl: 'geen bezoekadres', en: 'not for visits' }, phone: { nl: 'op werkdagen', en: 'on working days' } },
			unregistered: { nl: 'Buitenlandse onderneming, niet ingeschreven bij de KvK.', en: 'A foreign company, not registered with the KvK.' },
		};
		expect(ControllerSchema.safeParse(foreign).success).toBe(true);
		const wrongFact = ControllerSchema.safeParse({ ...foreign, notes: { kvk: { nl: 'x' } } });
		expect(wrongFact.error?.issues.map((i) => i.path.join('.'))).toEqual(['notes']);
		expect(ControllerChangeSchema.safeParse({ kvk: null, unregistered: { nl: 'Geen KvK.', en: 'No KvK.' }, notes: null }).success).toBe(true);
	});

	it('finds facts that give neither a number nor the reason there is none, per version, and only in the versions checked', () => {
		const versions = [
			version('2020-01-01'),
			version('2021-01-01', { controller: { kvk: null } }),
			version('2022-01-01', { controller: { unregistered: { nl: 'Particulier.', en: 'A private person.' } } }),
		];
		const model = buildTimeline(versions, both('intro', '2020-01-01'), { ...timelineOptions, controller: { ...facts, vat: undefined } });
		const problems = checkControllerIdentity(model, all);
		expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
			[
				'astro.config.mjs',
				'controller.kvk',
				'the controller facts of version 2021-01-01 give no KvK or VAT number, so a reader cannot look up who the controller is (GDPR Art. 13(1)(a)).',
			],
		]);
		expect(problems[0]!.hint).toContain('`unregistered: { nl: …, en: … }`');
		expect(checkControllerIdentity(model, new Set(['2020-01-01', '2022-01-01']))).toEqual([]);
	});
});

describe('the contact block per version', () => {
	const versions = [version('2020-01-01'), version('2021-01-01', { contact: false }), version('2022-01-01'), version('2023-01-01', { contact: true })];
	const shown = (options = {}) => buildTimeline(versions, both('intro', '2020-01-01'), { ...timelineOptions, ...options }).versions.map((v) => v.contact);

	it("follows the statement's option until a version file sets it, from that version on", () => {
		expect(shown()).toEqual([true, false, false, true]);
		expect(shown({ contact: false })).toEqual([false, false, false, true]);
	});

	it('is part of a version record only where a version file sets it, so records locked before keep their digest', () => {
		const model = buildTimeline(versions, both('intro', '2020-01-01'), timelineOptions);
		const plain = recordOf('privacy', model.versions[0]!).record;
		const unset = buildTimeline([version('2020-01-01', { contact: undefined })], both('intro', '2020-01-01'), timelineOptions);
		expect(recordOf('privacy', unset.versions[0]!).record).toBe(plain);
		const set = buildTimeline([version('2020-01-01', { contact: true })], both('intro', '2020-01-01'), timelineOptions);
		expect(recordOf('privacy', set.versions[0]!).record).not.toBe(plain);
	});
});
