import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { checkChanges, checkTranslations, validateDocument } from '../../integration/model/validate.ts';
import { isIsoDate } from '../../integration/model/paths.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const options = { base: 'content', locales: ['nl', 'en'], missingTranslation: 'error' as const };

describe('validateDocument', () => {
	it('accepts a consistent document', () => {
		expect(validateDocument([version('2019-01-01')], both('intro', '2019-01-01'), options)).toEqual([]);
	});

	it('rejects malformed version ids, including impossible dates', () => {
		expect(isIsoDate('2024-02-30')).toBe(false);
		expect(isIsoDate('2024-2-3')).toBe(false);
		expect(isIsoDate('2024-02-29')).toBe(true);
		const [problem] = validateDocument([version('2024-02-30')], [], options);
		expect(problem).toMatchObject({ file: 'content/privacy/versions/2024-02-30.yaml', message: expect.stringContaining('not a version id') });
	});

	it('names the locale of a missing summary', () => {
		const problems = validateDocument([version('2019-01-01', { summary: { nl: 'Eerste versie' } })], both('intro', '2019-01-01'), options);
		expect(problems).toEqual([expect.objectContaining({ field: 'summary.en', file: 'content/privacy/versions/2019-01-01.yaml' })]);
	});

	it('rejects a clause that points at an unknown version', () => {
		const problems = validateDocument([version('2019-01-01')], [revision('intro', 'nl', '2020-01-01')], options);
		expect(problems[0]).toMatchObject({ file: 'content/privacy/nl/intro/2020-01-01.mdx', hint: expect.stringContaining('content/privacy/versions/2020-01-01.yaml') });
	});

	it('rejects removing a clause that does not exist', () => {
		const problems = validateDocument([version('2019-01-01'), version('2020-01-01', { removes: ['newsleter'] })], both('newsletter', '2019-01-01'), options);
		expect(problems).toEqual([expect.objectContaining({ field: 'removes[0]', message: expect.stringContaining('`newsleter`, which no earlier version contains') })]);
	});

	it('rejects a correction that names no text of its version', () => {
		const corrections = [{ date: '2020-02-01', clause: 'intro', locale: 'en', note: 'typo' }];
		const problems = validateDocument([version('2019-01-01'), version('2020-01-01', { corrections })], both('intro', '2019-01-01'), options);
		expect(problems[0]).toMatchObject({ field: 'corrections[0]', hint: expect.stringContaining('content/privacy/en/intro/2020-01-01.mdx') });
	});

	it('rejects a draft dated before a published version, and accepts one after it', () => {
		const problems = validateDocument([version('2019-01-01'), version('2020-01-01', { draft: true }), version('2030-01-01')], both('intro', '2019-01-01'), options);
		expect(problems).toEqual([expect.objectContaining({ field: 'draft', file: 'content/privacy/versions/2020-01-01.yaml', message: expect.stringContaining('before version 2030-01-01') })]);
		expect(validateDocument([version('2019-01-01'), version('2031-01-01', { draft: true }), version('2030-01-01')], both('intro', '2019-01-01'), options)).toEqual([]);
	});

	it('rejects clause ids that cannot be anchors and locales the statement is not in', () => {
		const problems = validateDocument([version('2019-01-01')], [revision('Intro_1', 'nl', '2019-01-01'), revision('intro', 'de', '2019-01-01')], options);
		expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('not a valid clause id'), expect.stringContaining("not one of the statement's locales")]);
	});
});

describe('checkTranslations', () => {
	const versions = [version('2019-01-01'), version('2020-01-01')];
	const revisions = [...both('intro', '2019-01-01'), revision('cookies', 'nl', '2020-01-01')];
	const model = buildTimeline(versions, revisions, timelineOptions);

	it('names the existing and the missing file', () => {
		const problems = checkTranslations(model, options);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('content/privacy/nl/cookies/2020-01-01.mdx exists, content/privacy/en/cookies/2020-01-01.mdx does not');
	});

	it('allows a missing translation when it is shown with a notice', () => {
		expect(checkTranslations(model, { ...options, missingTranslation: 'notice' })).toEqual([]);
	});
});

describe('checkChanges', () => {
	const check = (versions: ReturnType<typeof version>[], revisions: ReturnType<typeof revision>[]) => checkChanges(buildTimeline(versions, revisions, timelineOptions), options);
	const two = [version('2019-01-01'), version('2020-01-01')];

	it('accepts a clause revised in every language', () => {
		expect(check(two, [...both('intro', '2019-01-01'), ...both('intro', '2020-01-01')])).toEqual([]);
	});

	it('rejects a text identical to the one it replaces', () => {
		const problems = check(two, [...both('intro', '2019-01-01'), ...both('intro', '2020-01-01').map((r) => (r.locale === 'nl' ? { ...r, sha256: 'sha-intro-nl-2019-01-01' } : r))]);
		expect(problems).toEqual([expect.objectContaining({ file: 'content/privacy/nl/intro/2020-01-01.mdx', message: expect.stringContaining('nothing changed: the file is identical to content/privacy/nl/intro/2019-01-01.mdx') })]);
	});

	it('rejects a clause revised in one language only, naming both files', () => {
		const problems = check(two, [...both('intro', '2019-01-01'), revision('intro', 'nl', '2020-01-01')]);
		expect(problems).toEqual([expect.objectContaining({ file: 'content/privacy/nl/intro/2020-01-01.mdx', message: expect.stringContaining('changes clause `intro` in nl only: content/privacy/nl/intro/2020-01-01.mdx exists, content/privacy/en/intro/2020-01-01.mdx does not') })]);
		expect(problems[0]!.hint).toContain('singleLanguage');
	});

	it('accepts a one-language change that the version file explains, and rejects an explanation that fits no change', () => {
		const explained = [version('2019-01-01'), version('2020-01-01', { singleLanguage: [{ clause: 'intro', locale: 'nl', reason: 'Spelling.' }] })];
		expect(check(explained, [...both('intro', '2019-01-01'), revision('intro', 'nl', '2020-01-01')])).toEqual([]);
		expect(check(explained, [...both('intro', '2019-01-01'), ...both('intro', '2020-01-01')])).toEqual([expect.objectContaining({ field: 'singleLanguage[0]' })]);
	});

	it('rejects a controller change that changes nothing, or that comes with the first version', () => {
		const same = [version('2019-01-01'), version('2020-01-01', { controller: { kvk: '12345678' } })];
		expect(check(same, both('intro', '2019-01-01'))).toEqual([expect.objectContaining({ field: 'controller', message: expect.stringContaining('the facts are the same') })]);
		expect(check([version('2019-01-01', { controller: { kvk: '87654321' } })], both('intro', '2019-01-01'))).toEqual([expect.objectContaining({ field: 'controller', message: expect.stringContaining('first version') })]);
		expect(check([version('2019-01-01'), version('2020-01-01', { controller: { kvk: null } })], both('intro', '2019-01-01'))).toEqual([]);
	});
});

describe('the position of a clause', () => {
	it('must be the same in every language', () => {
		const revisions = [revision('intro', 'nl', '2019-01-01', { order: 10 }), revision('intro', 'en', '2019-01-01', { order: 20 })];
		const problems = checkChanges(buildTimeline([version('2019-01-01')], revisions, timelineOptions), options);
		expect(problems).toEqual([expect.objectContaining({ field: 'order', message: expect.stringContaining('10 in content/privacy/nl/intro/2019-01-01.mdx, 20 in content/privacy/en/intro/2019-01-01.mdx') })]);
	});
});
