import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { checkTranslations, validateDocument } from '../../integration/model/validate.ts';
import { isIsoDate } from '../../integration/model/paths.ts';
import { both, revision, version } from './records.ts';

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

	it('rejects clause ids that cannot be anchors and locales the site does not have', () => {
		const problems = validateDocument([version('2019-01-01')], [revision('Intro_1', 'nl', '2019-01-01'), revision('intro', 'de', '2019-01-01')], options);
		expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('not a valid clause id'), expect.stringContaining('not one of the site')]);
	});
});

describe('checkTranslations', () => {
	const versions = [version('2019-01-01'), version('2020-01-01')];
	const revisions = [...both('intro', '2019-01-01'), revision('cookies', 'nl', '2020-01-01')];
	const model = buildTimeline(versions, revisions, { buildDate: '2025-01-01', includeDrafts: false, defaultLocale: 'nl' });

	it('names the existing and the missing file', () => {
		const problems = checkTranslations(model, options);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('content/privacy/nl/cookies/2020-01-01.mdx exists, content/privacy/en/cookies/2020-01-01.mdx does not');
	});

	it('allows a missing translation when it is shown with a notice', () => {
		expect(checkTranslations(model, { ...options, missingTranslation: 'notice' })).toEqual([]);
	});
});
