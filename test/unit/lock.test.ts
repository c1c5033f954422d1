import { describe, expect, it } from 'vitest';
import { updateLock, verifyLock, versionFingerprint } from '../../integration/model/lock.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { both, version } from './records.ts';

const timeline = (versions = [version('2019-01-01'), version('2020-01-01')], revisions = [...both('intro', '2019-01-01'), ...both('rights', '2020-01-01')]) =>
	({ versions, model: buildTimeline(versions, revisions, { buildDate: '2025-01-01', includeDrafts: false, defaultLocale: 'nl' }) });

describe('the lock', () => {
	const { versions, model } = timeline();
	const { lock } = updateLock(model, versions, undefined);

	it('records every clause text of every published version', () => {
		expect(Object.keys(lock.versions)).toEqual(['2019-01-01', '2020-01-01']);
		expect(Object.keys(lock.versions['2020-01-01']!)).toEqual(['en/intro', 'en/rights', 'nl/intro', 'nl/rights']);
		expect(verifyLock(model, versions, lock)).toEqual({ problems: [], unlocked: [] });
	});

	it('fails on an edited past text and names version, clause and file', () => {
		const edited = timeline(versions, [...both('intro', '2019-01-01'), ...both('rights', '2020-01-01')].map((r) => (r.file.endsWith('en/intro/2019-01-01.mdx') ? { ...r, sha256: 'tampered' } : r)));
		const { problems } = verifyLock(edited.model, versions, lock);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatchObject({ file: 'content/privacy/en/intro/2019-01-01.mdx', message: expect.stringContaining('clause `intro` (en) in published version 2019-01-01 differs from the lock') });
		expect(problems[0]!.hint).toContain('add an entry under `corrections`');
		expect(updateLock(edited.model, versions, lock).problems).toHaveLength(2);
	});

	it('accepts a corrected text only through a recorded correction and a new lock', () => {
		const corrected = [version('2019-01-01', { corrections: [{ date: '2024-05-01', clause: 'intro', locale: 'en', note: 'Typo.' }] }), version('2020-01-01')];
		const edited = timeline(corrected, [...both('intro', '2019-01-01'), ...both('rights', '2020-01-01')].map((r) => (r.file.endsWith('en/intro/2019-01-01.mdx') ? { ...r, sha256: 'fixed' } : r)));
		expect(verifyLock(edited.model, corrected, lock).problems[0]!.hint).toContain('run `npm run lock`');
		const relocked = updateLock(edited.model, corrected, lock);
		expect(relocked.problems).toEqual([]);
		expect(relocked.lock.versions['2019-01-01']!['en/intro']).toEqual({ sha256: 'fixed', corrections: 1 });
		expect(verifyLock(edited.model, corrected, relocked.lock).problems).toEqual([]);
	});

	it('names the version file when a locked clause disappears from a version', () => {
		const shrunk = timeline(versions, [...both('intro', '2019-01-01'), ...both('rights', '2020-01-01')].filter((r) => r.file !== 'content/privacy/en/rights/2020-01-01.mdx'));
		expect(verifyLock(shrunk.model, versions, lock).problems).toEqual([
			expect.objectContaining({ file: 'content/privacy/versions/2020-01-01.yaml', message: 'clause `en/rights` was locked in version 2020-01-01 but is no longer in it.' }),
		]);
	});

	it('reports versions that are not locked yet', () => {
		const more = timeline([...versions, version('2021-01-01')]);
		expect(verifyLock(more.model, more.versions, lock).unlocked).toEqual(['2021-01-01']);
	});

	it('fingerprints a version by all its texts', () => {
		const [v1, v2] = model.versions;
		expect(versionFingerprint(v1!)).toMatch(/^[0-9a-f]{64}$/);
		expect(versionFingerprint(v1!)).not.toBe(versionFingerprint(v2!));
	});
});
