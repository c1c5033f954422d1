import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCookies } from '../../integration/model/cookie-checks.ts';
import { compareVersions } from '../../integration/model/compare.ts';
import { recordOf } from '../../integration/model/record.ts';
import { checkRegisters } from '../../integration/model/register-checks.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { checkChanges } from '../../integration/model/validate.ts';
import type { RegisterRecord } from '../../integration/model/types.ts';
import { inLocale, perLanguageGaps } from '../../integration/model/words.ts';
import { loadWith, tempSites } from './content-site.ts';
import { both, revision, timelineOptions, version } from './records.ts';
import { fixtureConfig } from './statement-files.ts';

const register = (clause: string, versionId: string, extra: Partial<RegisterRecord> = {}): RegisterRecord => ({
	entryId: `privacy/register/${clause}/${versionId}`,
	statement: 'privacy',
	clause,
	version: versionId,
	sha256: `sha-register-${clause}-${versionId}`,
	file: `content/privacy/register/${clause}/${versionId}.yaml`,
	...extra,
});

const invoicing = {
	data: ['name', 'billing'],
	basis: [{ basis: 'contract' }, { basis: 'legal-obligation', data: ['billing'], retention: { period: { years: 7 } }, law: 'art. 52 AWR' }],
	retention: { period: { years: 2 }, after: { nl: 'het einde van het contract', en: 'the end of the contract' } },
	recipients: [{ name: 'Moneybird B.V.', role: 'processor' }, { name: { nl: 'de Belastingdienst', en: 'the Dutch Tax Administration' } }],
} as RegisterRecord['processing'];

const validate = { base: 'content', locales: ['nl', 'en'], missingTranslation: 'error' as const, today: '2031-06-01' };

describe('facts written once, words per language', () => {
	it('gives each language its own words and keeps the rest as written', () => {
		expect(inLocale(invoicing, 'en')).toEqual({
			...invoicing,
			retention: { period: { years: 2 }, after: 'the end of the contract' },
			recipients: [{ name: 'Moneybird B.V.', role: 'processor' }, { name: 'the Dutch Tax Administration' }],
		});
		expect(inLocale(invoicing, 'nl')!.recipients![1]!.name).toBe('de Belastingdienst');
		// A period is not words: `{ years: 7 }` has no language tags and no texts.
		expect(inLocale({ period: { years: 7 } }, 'nl')).toEqual({ period: { years: 7 } });
	});

	it('reads only an object of texts keyed by language tags as words per language', () => {
		expect(inLocale({ nl: 'a', en: 'b' }, 'en')).toBe('b');
		expect(inLocale({ nl: 'a' }, 'en')).toBe('a');
		for (const value of [{}, { nl: 1, en: 2 }, { nl: 'a', note: 'b' }, null, ['nl'], 'nl']) expect(inLocale(value, 'en')).toEqual(value);
		expect(inLocale([{ nl: 'a', en: 'b' }], 'nl')).toEqual(['a']);
		expect(perLanguageGaps({ nl: 1 }, ['nl', 'en'])).toEqual([]);
		expect(perLanguageGaps(null, ['nl', 'en'])).toEqual([]);
	});

	it('names each per-language text that lacks a locale, or has one the statement is not in', () => {
		expect(perLanguageGaps({ processing: invoicing }, ['nl', 'en'])).toEqual([]);
		expect(perLanguageGaps({ processing: invoicing }, ['nl', 'en', 'de'])).toEqual([
			{ field: 'processing.retention.after', missing: ['de'], unknown: [] },
			{ field: 'processing.recipients[1].name', missing: ['de'], unknown: [] },
		]);
		expect(perLanguageGaps({ cookies: [{ purpose: { nl: 'Taal', fr: 'Langue' } }] }, ['nl', 'en'])).toEqual([
			{ field: 'cookies[0].purpose', missing: ['en'], unknown: ['fr'] },
		]);
	});
});

describe('register files in the timeline', () => {
	const versions = [version('2020-01-01'), version('2022-01-01'), version('2024-01-01', { removes: ['orders'] })];
	const texts = [...both('orders', '2020-01-01', { purposes: [{ data: ['name'], basis: 'contract' }] })];
	const registers = [register('orders', '2022-01-01', { processing: invoicing })];
	const model = buildTimeline(versions, texts, { ...timelineOptions, buildDate: '2023-01-01' }, registers);

	it('puts the register facts in every text, in its language, from the register file’s version on', () => {
		const [first, second] = model.versions;
		expect(first!.clauses[0]!.revisions.en!.purposes).toEqual([{ data: ['name'], basis: 'contract' }]);
		expect(second!.clauses[0]!.register?.file).toBe('content/privacy/register/orders/2022-01-01.yaml');
		expect(second!.clauses[0]!.revisions.en!.purposes[0]!.retention).toEqual({ period: { years: 2 }, after: 'the end of the contract' });
		expect(second!.clauses[0]!.revisions.nl!.purposes[0]!.retention!.after).toBe('het einde van het contract');
		// The words stay the file of 2020; the clause still changed, in every language.
		expect(second!.clauses[0]!.revisions.nl!.entryId).toBe('privacy/nl/orders/2020-01-01');
		expect(second!.clauses[0]!.changedIn).toEqual(['en', 'nl']);
		expect(compareVersions(model, '2020-01-01', '2022-01-01', 'nl').clauses.map((c) => c.kind)).toEqual(['changed']);
		expect(model.versions[2]!.clauses).toEqual([]);
	});

	it('counts facts moved out of the frontmatter into a register file, unchanged, as no change', () => {
		const moved = buildTimeline(
			[version('2020-01-01'), version('2022-01-01')],
			both('orders', '2020-01-01', { purposes: [{ data: ['name'] }] }),
			timelineOptions,
			[register('orders', '2022-01-01', { processing: { data: ['name'] } })],
		);
		expect(moved.versions[1]!.clauses[0]!.change).toBe('unchanged');
		expect(compareVersions(moved, '2020-01-01', '2022-01-01', 'nl').clauses).toEqual([]);
	});

	it('gives a text with the same register file one object in every version, so nothing is hashed or rendered again', () => {
		const three = buildTimeline([...versions.slice(0, 2), version('2023-01-01')], texts, { ...timelineOptions, buildDate: '2023-06-01' }, registers);
		expect(three.versions[2]!.clauses[0]!.revisions.nl).toBe(three.versions[1]!.clauses[0]!.revisions.nl);
		expect(three.versions[2]!.clauses[0]!.change).toBe('unchanged');
	});

	it('locks the register file beside the texts, under `register/<clause>`', () => {
		const record = recordOf('privacy', model.versions[1]!);
		expect(record.texts['register/orders']).toBe('sha-register-orders-2022-01-01');
		expect(record.sources['register/orders']).toBe('2022-01-01');
		expect(Object.keys(recordOf('privacy', model.versions[0]!).texts)).toEqual(['en/orders', 'nl/orders']);
	});

	it('shows cookies from the register file in each language', () => {
		const cookies = [
			{
				name: 'lang',
				provider: 'Testhost',
				purpose: { nl: 'Onthoudt uw taal.', en: 'Remembers your language.' },
				category: 'functional',
				lifetime: { years: 1 },
				consent: false,
			},
		];
		const withCookies = buildTimeline([version('2020-01-01')], both('cookies', '2020-01-01'), timelineOptions, [
			register('cookies', '2020-01-01', { cookies } as Partial<RegisterRecord>),
		]);
		expect(withCookies.versions[0]!.clauses[0]!.revisions.en!.cookies).toEqual([{ ...cookies[0], purpose: 'Remembers your language.' }]);
	});
});

describe('the checks of register files', () => {
	const versions = [version('2020-01-01'), version('2022-01-01')];

	it('passes a register file of an existing clause and version with every language given', () => {
		expect(checkRegisters([register('orders', '2022-01-01', { processing: invoicing })], both('orders', '2020-01-01'), versions, validate)).toEqual([]);
	});

	it('words a language the statement is not in, and facts written twice for the very version of the register file', () => {
		const extra = register('orders', '2020-01-01', {
			processing: { data: ['name'], otherData: [{ nl: 'a', en: 'b', fr: 'c' }] } as RegisterRecord['processing'],
		});
		const twice = revision('orders', 'nl', '2020-01-01', { purposes: [{ data: ['name'] }] });
		const problems = checkRegisters([extra], [twice], versions, validate);
		expect(problems.map((p) => [p.field, p.message])).toEqual([
			['processing.otherData[0]', 'the text is given per language, but also in `fr`, which the statement is not published in.'],
			['processing', 'the facts of `orders` are written twice: here and in content/privacy/register/orders/2020-01-01.yaml, which is in force for this text.'],
		]);
		expect(problems[0]!.hint).toBe('Give one text per locale of the statement (nl, en), or one text for all of them if the words are the same.');
		const both = perLanguageGaps({ x: { nl: 'a', fr: 'b' } }, ['nl', 'en']);
		expect(
			checkRegisters(
				[register('orders', '2020-01-01', { processing: { data: ['name'], otherData: [{ nl: 'a', fr: 'b' }] } as RegisterRecord['processing'] })],
				[],
				versions,
				validate,
			)[1]?.message,
		).toBe('the text is given per language, but not in `en`, and also in `fr`, which the statement is not published in.');
		expect(both).toEqual([{ field: 'x', missing: ['en'], unknown: ['fr'] }]);
	});

	it('names the file for a missing version, a clause without text, no facts, a missing language and facts written twice', () => {
		const registers = [
			register('orders', '2023-01-01', { processing: { data: ['name'], otherData: [{ nl: 'domeinnamen' }] } as RegisterRecord['processing'] }),
			register('ghost', '2020-01-01', { processing: { data: ['name'] } }),
			register('orders', '2020-01-01'),
		];
		const texts = [...both('orders', '2020-01-01'), revision('orders', 'nl', '2022-01-01', { purposes: [{ data: ['name'] }] })];
		const problems = checkRegisters(registers, texts, versions, validate);
		expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
			['content/privacy/register/orders/2023-01-01.yaml', undefined, 'the register file points at version `2023-01-01`, which does not exist.'],
			['content/privacy/register/orders/2023-01-01.yaml', 'processing.otherData[0]', 'the text is given per language, but not in `en`.'],
			['content/privacy/register/ghost/2020-01-01.yaml', undefined, 'the register file is for clause `ghost`, which has no text in any language.'],
			['content/privacy/register/orders/2020-01-01.yaml', undefined, 'the register file states no facts.'],
			[
				'content/privacy/nl/orders/2022-01-01.mdx',
				'processing',
				'the facts of `orders` are written twice: here and in content/privacy/register/orders/2020-01-01.yaml, which is in force for this text.',
			],
		]);
		expect(problems.every((p) => p.hint.length > 0)).toBe(true);
	});

	it('refuses a register file with both one purpose and a list of them', () => {
		const both_ = register('orders', '2020-01-01', {
			processing: { data: ['name'] },
			purposes: [
				{ purpose: 'A', data: ['name'] },
				{ purpose: 'B', data: ['email'] },
			],
		});
		expect(checkRegisters([both_], both('orders', '2020-01-01'), versions, validate).map((p) => [p.field, p.message])).toEqual([
			['purposes', 'the register file gives both `processing` and `purposes`.'],
		]);
	});

	it('lets a version change only a register file, but not replace one with an identical copy', () => {
		const versions = [version('2020-01-01'), version('2022-01-01')];
		const texts = both('orders', '2020-01-01');
		const changed = buildTimeline(versions, texts, timelineOptions, [
			register('orders', '2020-01-01', { processing: { data: ['name'] } }),
			register('orders', '2022-01-01', { processing: { data: ['email'] } }),
		]);
		expect(changed.versions[1]!.clauses[0]!.changedIn).toEqual(['en', 'nl']);
		expect(checkChanges(changed, validate)).toEqual([]);
		const copied = buildTimeline(versions, texts, timelineOptions, [
			register('orders', '2020-01-01', { sha256: 'same' }),
			register('orders', '2022-01-01', { sha256: 'same' }),
		]);
		expect(checkChanges(copied, validate).map((p) => [p.file, p.message])).toEqual([
			[
				'content/privacy/register/orders/2022-01-01.yaml',
				'nothing changed: the file is identical to content/privacy/register/orders/2020-01-01.yaml, the register file it would replace.',
			],
		]);
	});

	it('finds a marketing cookie placed without consent, and only that one', () => {
		const cookie = (category: string, consent: boolean) => ({
			name: `${category}-${consent}`,
			provider: 'X',
			purpose: 'Y',
			category,
			lifetime: 'session',
			consent,
		});
		const cookies = [
			cookie('marketing', false),
			cookie('marketing', true),
			cookie('analytics', false),
			cookie('functional', false),
			{ ...cookie('marketing', false), name: 'second' },
		];
		const model = buildTimeline([version('2020-01-01')], both('cookies', '2020-01-01'), timelineOptions, [
			register('cookies', '2020-01-01', { cookies } as Partial<RegisterRecord>),
		]);
		const problems = checkCookies(model, new Set(['2020-01-01']));
		expect(problems.map((p) => [p.field, p.message])).toEqual([
			[
				'cookies[0].consent',
				"marketing cookie `marketing-false` is placed without consent (Telecommunicatiewet art. 11.7a: a tracking cookie needs the visitor's consent first).",
			],
			[
				'cookies[4].consent',
				"marketing cookie `second` is placed without consent (Telecommunicatiewet art. 11.7a: a tracking cookie needs the visitor's consent first).",
			],
		]);
		expect(problems[0]!.hint).toBe('Ask for consent before placing it and set `consent: true`, or correct its `category` if it does not track for marketing.');
		expect(checkCookies(model, new Set())).toEqual([]);
	});
});

describe('register files on disk', () => {
	const site = tempSites('register-files-');
	const config = fixtureConfig({ strict: false });
	const withRegister = (yaml: string) => (content: string) => {
		mkdirSync(join(content, 'register/newsletter'), { recursive: true });
		writeFileSync(join(content, 'register/newsletter/2031-01-01.yaml'), yaml);
	};
	const problemsOf = async (yaml: string) => {
		const { problems } = await loadWith(site(withRegister(yaml)), config, { kind: 'build' });
		return problems.filter((p) => p.file.includes('/register/')).map((p) => `${p.field ?? ''}: ${p.message}`);
	};

	it('reads a register file and stores it as an entry of the collection', async () => {
		const yaml =
			'processing:\n  data: [email]\n  basis: consent\n  withdraw:\n    nl: Klik op afmelden.\n    en: Click unsubscribe.\n  retention:\n    criteria: Tot u zich afmeldt.\n';
		const { entries } = await loadWith(site(withRegister(yaml)), config, { kind: 'build' });
		const entry = entries.find((e) => e.id === 'privacy/register/newsletter/2031-01-01')!;
		expect(entry.data).toMatchObject({ kind: 'register', processing: { basis: 'consent', withdraw: { nl: 'Klik op afmelden.' } } });
		expect(entry.draft).toBe(true);
		expect(await problemsOf(yaml)).toEqual([]);
	});

	it('names the file and the field of a bad fact', async () => {
		expect(await problemsOf('processing:\n  data: [email]\n  basis: toestemming\n')).toEqual([
			'processing.basis: the register file does not match the schema: expected a legal basis such as `contract`, or a list of `{ basis, data, retention, law }`, one per basis',
		]);
		expect(await problemsOf('processing:\n  data: [email]\n  retention:\n    after: het einde van het jaar\n')).toEqual([
			'processing.retention: the register file does not match the schema: `after` needs a `period` to count from the event, e.g. `period: { years: 7 }`',
		]);
		expect(await problemsOf('cookies:\n  - name: _ga\n    provider: Google\n    purpose: Statistieken\n    category: analytics\n    consent: true\n')).toEqual([
			'cookies[0].lifetime: the register file does not match the schema: expected `session`, or a length such as `{ months: 13 }` or `{ minutes: 30 }`',
		]);
		expect(await problemsOf('processing: [\n')).toEqual([expect.stringMatching(/^: the register file is not valid YAML: /)]);
	});
});
