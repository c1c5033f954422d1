import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeText, sha256 } from '../../integration/model/digest.ts';
import { updateLock, verifyLock, type LockFile } from '../../integration/model/lock/index.ts';
import { publishedRecords, recordOf } from '../../integration/model/record.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import type { RevisionRecord, VersionRecord } from '../../integration/model/types.ts';
import { both, facts, revision, timelineOptions, version } from './records.ts';

const baseVersions = [version('2019-01-01'), version('2020-01-01'), version('2030-01-01')];
const baseTexts = [...both('intro', '2019-01-01'), ...both('rights', '2020-01-01'), ...both('transfers', '2030-01-01')];

const urls = { nl: '/privacy/', en: '/en/privacy/' };
function setup(versions: VersionRecord[] = baseVersions, revisions: RevisionRecord[] = baseTexts, controller = facts) {
	const model = buildTimeline(versions, revisions, { ...timelineOptions, controller });
	return { model, context: { base: 'content', versions, urls }, versions };
}
const path = 'content/privacy/policy.lock.json';
const today = '2025-01-01';
const initial = (() => {
	const { model, context } = setup();
	return updateLock(model, [], { ...context, today, init: true }).lock;
})();
const edit = (file: string, sha = 'edited') => baseTexts.map((r) => (r.file === file ? { ...r, sha256: sha } : r));
const verify = (s: ReturnType<typeof setup>, lock: LockFile | undefined = initial) => verifyLock(s.model, lock, s.context, path);
const relock = (s: ReturnType<typeof setup>, previous: LockFile[] = [initial], init = false) =>
	updateLock(s.model, previous.map((lock) => ({ lock, path })), { ...s.context, today, init });

describe('the lock', () => {
	it('records every published version and passes unchanged content', () => {
		expect(Object.keys(initial.versions)).toEqual(['2019-01-01', '2020-01-01', '2030-01-01']);
		expect(Object.keys(initial.versions['2020-01-01']!.texts)).toEqual(['en/intro', 'en/rights', 'nl/intro', 'nl/rights']);
		expect(verify(setup())).toEqual({ problems: [], unlocked: [] });
	});

	it('fails on an edited published text, naming version, clause and file, and refuses to re-lock it', () => {
		const s = setup(baseVersions, edit('content/privacy/en/intro/2019-01-01.mdx'));
		const { problems } = verify(s);
		expect(problems.map((p) => p.message)).toEqual([
			'the text of clause `intro` (en) differs from content/privacy/policy.lock.json, where it is in published versions 2019-01-01, 2020-01-01, 2030-01-01.',
		]);
		expect(problems[0]).toMatchObject({ file: 'content/privacy/en/intro/2019-01-01.mdx', hint: expect.stringContaining('git checkout --') });
		expect(relock(s).problems).toHaveLength(1);
	});

	it('accepts an edit only through a new correction in the version file of that text', () => {
		const correction = { date: '2024-05-01', clause: 'intro', locale: 'en', note: 'Typo.' };
		const versions = [version('2019-01-01', { corrections: [correction] }), ...baseVersions.slice(1)];
		const s = setup(versions, edit('content/privacy/en/intro/2019-01-01.mdx'));
		expect(verify(s).problems.map((p) => p.hint)).toEqual([expect.stringContaining('Run `npm run lock` to lock it'), expect.stringContaining('run `npm run lock` to lock the corrected text')]);
		const update = relock(s);
		expect(update.problems).toEqual([]);
		expect(update.corrected).toEqual(['2019-01-01 en/intro']);
		expect(update.lock.versions['2019-01-01']!.corrections).toEqual([correction]);
		// Readers may hold the fingerprint from before the correction: the lock keeps it.
		expect(update.lock.versions['2019-01-01']!.superseded).toEqual([initial.versions['2019-01-01']!.fingerprint]);
		expect(update.lock.versions['2019-01-01']!.lockedOn).toBe(today);
		expect(verify(s, update.lock).problems).toEqual([]);
		// The correction is now locked: a second edit needs a second correction.
		const again = setup(versions, edit('content/privacy/en/intro/2019-01-01.mdx', 'edited twice'));
		expect(relock(again, [update.lock]).problems).toHaveLength(1);
	});

	it('does not let a correction of another text launder an edit of an announced upcoming text', () => {
		const texts = [...edit('content/privacy/en/transfers/2030-01-01.mdx'), revision('rights', 'en', '2040-01-01')];
		const versions = [...baseVersions, version('2040-01-01', { corrections: [{ date: '2030-02-01', clause: 'rights', locale: 'en', note: 'x' }], singleLanguage: [{ clause: 'rights', locale: 'en', reason: 'r' }] })];
		const problems = relock(setup(versions, texts)).problems;
		expect(problems.map((p) => p.file)).toContain('content/privacy/en/transfers/2030-01-01.mdx');
	});

	it('never lets a correction change which file a version shows', () => {
		// 2040 revised the intro; its files are deleted, so 2040 would fall back to the corrected 2019 text.
		const later = [...baseVersions, version('2040-01-01')];
		const locked = relock(setup(later, [...baseTexts, ...both('intro', '2040-01-01')])).lock;
		const corrections = ['nl', 'en'].map((locale) => ({ date: '2041-01-01', clause: 'intro', locale, note: 'Formatting.' }));
		const edited = baseTexts.map((r) => (r.clause === 'intro' ? { ...r, sha256: `${r.sha256}-edited` } : r));
		const s = setup([version('2019-01-01', { corrections }), ...later.slice(1)], edited);
		const problems = relock(s, [locked]).problems.map((p) => p.message);
		expect(problems).toContain('published version 2040-01-01 would show clause `intro` (nl) from the file of version 2019-01-01, but content/privacy/policy.lock.json has it from the file of version 2040-01-01.');
	});

	it('refuses a new correction whose text did not change, in the build and in the lock command', () => {
		const versions = [version('2019-01-01', { corrections: [{ date: '2024-05-01', clause: 'intro', locale: 'en', note: 'Typo.' }] }), ...baseVersions.slice(1)];
		expect(relock(setup(versions)).problems).toEqual([expect.objectContaining({ field: 'corrections[0]', message: expect.stringContaining('still the one in') })]);
		expect(verify(setup(versions)).problems).toEqual([expect.objectContaining({ field: 'corrections[0]', message: expect.stringContaining('is not in content/privacy/policy.lock.json yet') })]);
	});

	it('refuses a new version dated before a locked one, even with --init', () => {
		const backdated = setup([...baseVersions, version('2021-01-01')], [...baseTexts, ...both('rights', '2021-01-01')]);
		for (const init of [false, true]) {
			expect(relock(backdated, [initial], init).problems.map((p) => p.message)).toContain('version 2021-01-01 is new, but dated on or before 2030-01-01, the newest version already locked.');
		}
	});

	it('ignores --init for a statement that has a lock, so it cannot skip a refusal', () => {
		const lost = setup([...baseVersions.slice(0, 2), version('2020-06-01'), baseVersions[2]!], [...baseTexts, ...both('rights', '2020-06-01')]);
		const update = relock(lost, [initial], true);
		expect(update.initialised).toEqual([]);
		expect(update.problems.map((p) => p.message)).toContain('version 2020-06-01 has been in effect since 2020-06-01, but no lock has ever recorded it.');
	});

	it('catches with the fingerprint what no other check names', () => {
		const tampered = { ...initial, versions: { ...initial.versions, '2020-01-01': { ...initial.versions['2020-01-01']!, fingerprint: 'f'.repeat(64) } } };
		expect(verify(setup(), tampered).problems).toEqual([expect.objectContaining({ message: 'the fingerprint of published version 2020-01-01 differs from content/privacy/policy.lock.json.' })]);
	});

	it('keeps published URLs from moving', () => {
		const moved = setup();
		moved.context.urls = { nl: '/privacyverklaring/', en: '/en/privacyverklaring/' };
		expect(verify(moved).problems.map((p) => p.message)).toEqual([
			'the nl pages of this statement were published under /privacy/ (content/privacy/policy.lock.json), but would now be under /privacyverklaring/.',
			'the en pages of this statement were published under /en/privacy/ (content/privacy/policy.lock.json), but would now be under /en/privacyverklaring/.',
		]);
		expect(relock(moved).moved).toEqual(['nl', 'en']);
	});

	it('locks corrections with their notes: removing or altering one fails', () => {
		const correction = { date: '2024-05-01', clause: 'intro', locale: 'en', note: 'Typo.' };
		const corrected = [version('2019-01-01', { corrections: [correction] }), ...baseVersions.slice(1)];
		const lock = relock(setup(corrected, edit('content/privacy/en/intro/2019-01-01.mdx'))).lock;
		const removed = verify(setup(baseVersions, edit('content/privacy/en/intro/2019-01-01.mdx')), lock).problems;
		expect(removed).toEqual([expect.objectContaining({ field: 'corrections[0]', message: expect.stringContaining('was changed or removed') })]);
		const altered = [version('2019-01-01', { corrections: [{ ...correction, note: 'Nothing to see.' }] }), ...baseVersions.slice(1)];
		expect(verify(setup(altered, edit('content/privacy/en/intro/2019-01-01.mdx')), lock).problems).toHaveLength(1);
	});

	it('fails when a locked version is deleted, renamed or turned into a draft', () => {
		const deleted = setup([version('2019-01-01'), version('2030-01-01')], baseTexts.filter((r) => r.version !== '2020-01-01'));
		// Its texts go with it, so the version after it loses them too.
		expect(verify(deleted).problems.map((p) => p.message)).toEqual([
			expect.stringContaining('version 2020-01-01 is published (it is in content/privacy/policy.lock.json) but its version file is gone: deleted or renamed.'),
			expect.stringContaining('clause `en/rights` is in published version 2030-01-01'),
			expect.stringContaining('clause `nl/rights` is in published version 2030-01-01'),
		]);
		expect(verify(deleted).problems[0]!.file).toBe('content/privacy/versions/2020-01-01.yaml');
		const drafted = setup([version('2019-01-01'), version('2020-01-01'), version('2030-01-01', { draft: true })]);
		expect(verify(drafted).problems).toEqual([expect.objectContaining({ message: expect.stringContaining('version 2030-01-01 is published') })]);
		expect(verify(drafted).problems[0]!.message).toContain('now marked `draft`');
		expect(relock(deleted).problems).toHaveLength(3);
	});

	it('fails on a rewritten summary or material flag of a published version', () => {
		const rewritten = setup([version('2019-01-01', { summary: { nl: 'Anders.', en: 'Other.' } }), ...baseVersions.slice(1)]);
		expect(verify(rewritten).problems).toEqual([expect.objectContaining({ file: 'content/privacy/versions/2019-01-01.yaml', message: expect.stringContaining('summary, material') })]);
		const material = setup([...baseVersions.slice(0, 2), version('2030-01-01', { material: true })]);
		expect(verify(material).problems).toHaveLength(1);
	});

	it('fails when the controller option changes under published versions, but not for a change in a new version', () => {
		const moved = { ...facts, address: ['Nieuweweg 2', '1234 AB Amsterdam'] };
		const changedConfig = setup(baseVersions, baseTexts, moved);
		expect(verify(changedConfig).problems.map((p) => p.field)).toEqual(['controller', 'controller', 'controller']);
		const newVersion = setup([...baseVersions, version('2031-01-01', { controller: { address: moved.address } })]);
		expect(verify(newVersion)).toEqual({ problems: [], unlocked: ['2031-01-01'] });
		expect(newVersion.model.versions.map((v) => v.controller.address?.[0])).toEqual(['Teststraat 1', 'Teststraat 1', 'Teststraat 1', 'Nieuweweg 2']);
	});

	it('fails when a version gains or loses a clause', () => {
		const gained = setup(baseVersions, [...baseTexts, ...both('cookies', '2020-01-01')]);
		expect(verify(gained).problems.map((p) => p.message)).toContain('published version 2020-01-01 now contains clause `cookies` (nl), which it did not contain in content/privacy/policy.lock.json.');
	});

	it('will not create a lock from scratch for versions in effect without --init, and reports it with --init', () => {
		const s = setup();
		const refused = updateLock(s.model, [], { ...s.context, today, init: false });
		// "In effect" is judged by the real date the command runs on, never by POLICY_BUILD_DATE.
		expect(refused.problems.map((p) => p.message)).toEqual([expect.stringContaining('2019-01-01 has been in effect'), expect.stringContaining('2020-01-01 has been in effect')]);
		expect(refused.problems[0]!.hint).toContain('npm run lock -- --init');
		const init = updateLock(s.model, [], { ...s.context, today, init: true });
		expect(init).toMatchObject({ problems: [], initialised: ['2019-01-01', '2020-01-01'], added: ['2030-01-01'] });
	});

	it('checks against every earlier lock given, so a regenerated lock file cannot launder an edit', () => {
		const s = setup(baseVersions, edit('content/privacy/nl/rights/2020-01-01.mdx'));
		const regenerated = updateLock(s.model, [], { ...s.context, today, init: true }).lock;
		expect(relock(s, [regenerated]).problems).toEqual([]);
		expect(relock(s, [regenerated, initial]).problems).toEqual([expect.objectContaining({ file: 'content/privacy/nl/rights/2020-01-01.mdx' })]);
	});

	it('lists published versions that are not locked yet', () => {
		const s = setup([...baseVersions, version('2031-01-01')]);
		expect(verify(s).unlocked).toEqual(['2031-01-01']);
	});
});

describe('the fingerprint', () => {
	const { model } = setup();
	const v2019 = model.versions[0]!;

	it('is the SHA-256 of the canonical JSON the README describes', () => {
		const record = recordOf('privacy', v2019);
		const hash = (value: unknown) => createHash('sha256').update(canonicalize(value)!).digest('hex');
		const source = v2019.source;
		expect(record.record).toBe(hash({ summary: source.summary, material: false, removes: [], singleLanguage: [], controller: null }));
		expect(record.controller).toBe(hash(facts));
		expect(record.texts).toEqual({ 'en/intro': 'sha-intro-en-2019-01-01', 'nl/intro': 'sha-intro-nl-2019-01-01' });
		const expected = hash({ algorithm: 'astro-privacy-fingerprint/1', document: 'privacy', version: '2019-01-01', record: record.record, controller: record.controller, texts: record.texts, corrections: [] });
		expect(record.fingerprint).toBe(expected);
	});

	it('changes with the texts, the summary, the controller facts and the corrections', () => {
		const fingerprint = (s: ReturnType<typeof setup>) => publishedRecords(s.model).get('2019-01-01')!.fingerprint;
		const base = fingerprint(setup());
		expect(fingerprint(setup(baseVersions, edit('content/privacy/nl/intro/2019-01-01.mdx')))).not.toBe(base);
		expect(fingerprint(setup([version('2019-01-01', { summary: { nl: 'a', en: 'b' } }), ...baseVersions.slice(1)]))).not.toBe(base);
		expect(fingerprint(setup(baseVersions, baseTexts, { ...facts, kvk: '87654321' }))).not.toBe(base);
		expect(fingerprint(setup([version('2019-01-01', { corrections: [{ date: '2024-01-01', clause: 'intro', locale: 'nl', note: 'n' }] }), ...baseVersions.slice(1)]))).not.toBe(base);
		expect(fingerprint(setup())).toBe(base);
	});

	it('hashes text after removing a byte-order mark and normalising line endings', () => {
		expect(normalizeText('\uFEFF---\r\ntitle: A\r\n---\rText\n')).toBe('---\ntitle: A\n---\nText\n');
		expect(sha256(normalizeText('\uFEFFa\r\nb'))).toBe(sha256('a\nb'));
	});
});
