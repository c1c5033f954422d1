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
	updateLock(
		s.model,
		previous.map((lock) => ({ lock, path })),
		{ ...s.context, today, init },
	);

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
		expect(verify(s).problems.map((p) => p.hint)).toEqual([
			expect.stringContaining('Run `npm run lock` to lock it'),
			expect.stringContaining('run `npm run lock` to lock the corrected text'),
		]);
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
		const versions = [
			...baseVersions,
			version('2040-01-01', {
				corrections: [{ date: '2030-02-01', clause: 'rights', locale: 'en', note: 'x' }],
				singleLanguage: [{ clause: 'rights', locale: 'en', reason: 'r' }],
			}),
		];
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
		expect(problems).toContain(
			'published version 2040-01-01 would show clause `intro` (nl) from the file of version 2019-01-01, but content/privacy/policy.lock.json has it from the file of version 2040-01-01.',
		);
	});

	it('refuses a new correction whose text did not change, in the build and in the lock command', () => {
		const versions = [version('2019-01-01', { corrections: [{ date: '2024-05-01', clause: 'intro', locale: 'en', note: 'Typo.' }] }), ...baseVersions.slice(1)];
		expect(relock(setup(versions)).problems).toEqual([
			expect.objectContaining({ field: 'corrections[0]', message: expect.stringContaining('still the one in') }),
		]);
		expect(verify(setup(versions)).problems).toEqual([
			expect.objectContaining({ field: 'corrections[0]', message: expect.stringContaining('is not in content/privacy/policy.lock.json yet') }),
		]);
	});

	it('refuses a new version dated before a locked one, even with --init', () => {
		const backdated = setup([...baseVersions, version('2021-01-01')], [...baseTexts, ...both('rights', '2021-01-01')]);
		for (const init of [false, true]) {
			expect(relock(backdated, [initial], init).problems.map((p) => p.message)).toContain(
				'version 2021-01-01 is new, but dated on or before 2030-01-01, the newest version already locked.',
			);
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
		expect(verify(setup(), tampered).problems).toEqual([
			expect.objectContaining({ message: 'the fingerprint of published version 2020-01-01 differs from content/privacy/policy.lock.json.' }),
		]);
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
		const deleted = setup(
			[version('2019-01-01'), version('2030-01-01')],
			baseTexts.filter((r) => r.version !== '2020-01-01'),
		);
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
		expect(verify(rewritten).problems).toEqual([
			expect.objectContaining({ file: 'content/privacy/versions/2019-01-01.yaml', message: expect.stringContaining('summary, material') }),
		]);
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
		expect(verify(gained).problems.map((p) => p.message)).toContain(
			'published version 2020-01-01 now contains clause `cookies` (nl), which it did not contain in content/privacy/policy.lock.json.',
		);
	});

	it('will not create a lock from scratch for versions in effect without --init, and reports it with --init', () => {
		const s = setup();
		const refused = updateLock(s.model, [], { ...s.context, today, init: false });
		// "In effect" is judged by the real date the command runs on, never by POLICY_BUILD_DATE.
		expect(refused.problems.map((p) => p.message)).toEqual([
			expect.stringContaining('2019-01-01 has been in effect'),
			expect.stringContaining('2020-01-01 has been in effect'),
		]);
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

	it('is the SHA-256 of the canonical JSON the docs describe', () => {
		const record = recordOf('privacy', v2019);
		const hash = (value: unknown) => createHash('sha256').update(canonicalize(value)!).digest('hex');
		const source = v2019.source;
		expect(record.record).toBe(hash({ summary: source.summary, material: false, removes: [], singleLanguage: [], controller: null }));
		expect(record.controller).toBe(hash(facts));
		expect(record.texts).toEqual({ 'en/intro': 'sha-intro-en-2019-01-01', 'nl/intro': 'sha-intro-nl-2019-01-01' });
		const expected = hash({
			algorithm: 'astro-privacy-fingerprint/1',
			document: 'privacy',
			version: '2019-01-01',
			record: record.record,
			controller: record.controller,
			texts: record.texts,
			corrections: [],
		});
		expect(record.fingerprint).toBe(expected);
	});

	it('changes with the texts, the summary, the controller facts and the corrections', () => {
		const fingerprint = (s: ReturnType<typeof setup>) => publishedRecords(s.model).get('2019-01-01')!.fingerprint;
		const base = fingerprint(setup());
		expect(fingerprint(setup(baseVersions, edit('content/privacy/nl/intro/2019-01-01.mdx')))).not.toBe(base);
		expect(fingerprint(setup([version('2019-01-01', { summary: { nl: 'a', en: 'b' } }), ...baseVersions.slice(1)]))).not.toBe(base);
		expect(fingerprint(setup(baseVersions, baseTexts, { ...facts, kvk: '87654321' }))).not.toBe(base);
		expect(
			fingerprint(
				setup([version('2019-01-01', { corrections: [{ date: '2024-01-01', clause: 'intro', locale: 'nl', note: 'n' }] }), ...baseVersions.slice(1)]),
			),
		).not.toBe(base);
		expect(fingerprint(setup())).toBe(base);
	});

	it('hashes text after removing a byte-order mark and normalising line endings', () => {
		expect(normalizeText('\uFEFF---\r\ntitle: A\r\n---\rText\n')).toBe('---\ntitle: A\n---\nText\n');
		expect(sha256(normalizeText('\uFEFFa\r\nb'))).toBe(sha256('a\nb'));
	});

	it('keeps a zero-width no-break space inside the text: only a leading one is a byte-order mark', () => {
		expect(normalizeText('a\uFEFFb')).toBe('a\uFEFFb');
		expect(sha256('één')).toBe(createHash('sha256').update(Buffer.from('één', 'utf8')).digest('hex'));
	});

	it('covers published versions only: a draft shown in dev is never recorded', () => {
		const model = buildTimeline([...baseVersions, version('2031-01-01', { draft: true })], baseTexts, { ...timelineOptions, includeDrafts: true });
		expect([...publishedRecords(model).keys()]).toEqual(['2019-01-01', '2020-01-01', '2030-01-01']);
	});
});

describe('the lock, in detail', () => {
	const correction = { date: '2024-05-01', clause: 'intro', locale: 'en', note: 'Typo.' };
	const corrected = (corrections = [correction]) => [version('2019-01-01', { corrections }), ...baseVersions.slice(1)];

	it('checks a statement that has no lock file yet without failing: every published version is unlocked', () => {
		const s = setup();
		expect(verifyLock(s.model, undefined, s.context, path)).toEqual({ problems: [], unlocked: ['2019-01-01', '2020-01-01', '2030-01-01'] });
	});

	it('names the configuration and the way back for moved or removed URLs', () => {
		const removed = setup();
		removed.context.urls = { nl: '/privacy/' } as typeof urls;
		expect(verify(removed).problems).toEqual([
			{
				file: 'astro.config.mjs',
				message:
					'the en pages of this statement were published under /en/privacy/ (content/privacy/policy.lock.json), but would now be gone: the locale was removed.',
				hint: "Published versions keep their URLs. Restore the statement's `base`, Astro's `base` and the locales; if the move is intended, redirect the old URLs to the new ones and record it by running `npm run lock` with the new URLs in place.",
			},
		]);
		expect(relock(setup()).moved).toEqual([]);
	});

	it('reports each version in date order, whatever order the reference lists them in', () => {
		const reversed = { ...initial, versions: Object.fromEntries(Object.entries(initial.versions).reverse()) };
		const s = setup(
			[version('2019-01-01', { material: true }), version('2020-01-01'), version('2030-01-01', { material: true })],
			edit('content/privacy/en/intro/2019-01-01.mdx'),
		);
		expect(verify(s, reversed).problems.map((p) => p.message)).toEqual([
			expect.stringContaining('the fields of published version 2019-01-01'),
			expect.stringContaining('the fields of published version 2030-01-01'),
			'the text of clause `intro` (en) differs from content/privacy/policy.lock.json, where it is in published versions 2019-01-01, 2020-01-01, 2030-01-01.',
		]);
	});

	it('says what to do about a changed version file, changed controller facts, a gone version and a changed fingerprint', () => {
		const file = 'content/privacy/versions/2019-01-01.yaml';
		expect(verify(setup([version('2019-01-01', { material: true }), ...baseVersions.slice(1)])).problems).toEqual([
			{
				file,
				message:
					'the fields of published version 2019-01-01 (summary, material, removes, singleLanguage or controller) differ from content/privacy/policy.lock.json.',
				hint: `A published version file is fixed, except for new \`corrections\`. Restore it (e.g. \`git checkout -- ${file}\`) and put the change in a new version.`,
			},
		]);
		expect(verify(setup(baseVersions, baseTexts, { ...facts, phone: '+31 20 123 45 67' })).problems[0]).toEqual({
			file: 'astro.config.mjs',
			field: 'controller',
			message: 'published version 2019-01-01 would show other controller facts than content/privacy/policy.lock.json records.',
			hint: 'Published versions keep the facts they showed. Restore the `controller` option (and any `controller` change in the version files up to this one), and put the new facts under `controller:` in the file of a new version; see "Controller facts" in the astro-privacy docs.',
		});
		expect(
			verify(
				setup(
					[version('2019-01-01'), version('2030-01-01')],
					baseTexts.filter((r) => r.version !== '2020-01-01'),
				),
			).problems[0]!.hint,
		).toBe(
			'A published version keeps its date and its permanent URL. Restore content/privacy/versions/2020-01-01.yaml and its texts (e.g. `git checkout -- content/privacy/versions/2020-01-01.yaml`); to change the statement, publish a new version.',
		);
		const tampered = { ...initial, versions: { ...initial.versions, '2020-01-01': { ...initial.versions['2020-01-01']!, fingerprint: 'f'.repeat(64) } } };
		expect(verify(setup(), tampered).problems).toEqual([
			{
				file: 'content/privacy/versions/2020-01-01.yaml',
				message: 'the fingerprint of published version 2020-01-01 differs from content/privacy/policy.lock.json.',
				hint: "Restore the version's files as they were when it was locked (`git log -p -- content/privacy` shows the changes).",
			},
		]);
	});

	it('refuses in the lock command too what it refuses in the build: no difference but a correction is laundered', () => {
		const tampered = { ...initial, versions: { ...initial.versions, '2020-01-01': { ...initial.versions['2020-01-01']!, fingerprint: 'f'.repeat(64) } } };
		expect(relock(setup(), [tampered]).problems.map((p) => p.message)).toEqual([
			'the fingerprint of published version 2020-01-01 differs from content/privacy/policy.lock.json.',
		]);
		expect(relock(setup([version('2019-01-01', { material: true }), ...baseVersions.slice(1)])).problems.map((p) => p.message)).toEqual([
			expect.stringContaining('the fields of published version 2019-01-01'),
		]);
		const gained = relock(setup(baseVersions, [...baseTexts, ...both('cookies', '2030-01-01')])).problems;
		expect(gained).toEqual([
			{
				file: 'content/privacy/nl/cookies/2030-01-01.mdx',
				message: 'published version 2030-01-01 now contains clause `cookies` (nl), which it did not contain in content/privacy/policy.lock.json.',
				hint: 'Published versions are fixed. Put new text in a new version; see "Versions" in the astro-privacy docs.',
			},
			expect.objectContaining({ file: 'content/privacy/en/cookies/2030-01-01.mdx' }),
		]);
	});

	it('names a clause file that is gone from a published version, and the file to restore when another one shows instead', () => {
		const gone = verify(
			setup(
				baseVersions,
				baseTexts.filter((r) => r.file !== 'content/privacy/nl/transfers/2030-01-01.mdx'),
			),
		).problems;
		expect(gone).toEqual([
			{
				file: 'content/privacy/versions/2030-01-01.yaml',
				message: 'clause `nl/transfers` is in published version 2030-01-01 in content/privacy/policy.lock.json, but no longer in the content.',
				hint: 'Restore the clause file; remove a clause only in a new version, with `removes`.',
			},
		]);
		const later = [...baseVersions, version('2040-01-01')];
		const locked = relock(setup(later, [...baseTexts, ...both('intro', '2040-01-01')])).lock;
		expect(verify(setup(later, baseTexts), locked).problems).toEqual([
			{
				file: 'content/privacy/nl/intro/2019-01-01.mdx',
				message:
					'published version 2040-01-01 would show clause `intro` (nl) from the file of version 2019-01-01, but content/privacy/policy.lock.json has it from the file of version 2040-01-01.',
				hint: 'A clause file of a published version was added, removed or renamed. Restore content/privacy/nl/intro/2040-01-01.mdx as it was.',
			},
			expect.objectContaining({
				file: 'content/privacy/en/intro/2019-01-01.mdx',
				message: expect.stringContaining('(en) from the file of version 2019-01-01'),
			}),
		]);
	});

	it('checks a draft in dev against the lock: a locked version may not turn into a draft', () => {
		const s = setup([version('2019-01-01'), version('2020-01-01'), version('2030-01-01', { draft: true })]);
		const dev = buildTimeline(s.versions, baseTexts, { ...timelineOptions, includeDrafts: true });
		expect(verifyLock(dev, initial, s.context, path).problems.map((p) => p.message)).toEqual([
			expect.stringContaining('version 2030-01-01 is published (it is in content/privacy/policy.lock.json) but is now marked `draft`.'),
		]);
	});

	it('names a changed or removed correction by its number and its locked note', () => {
		const lock = relock(setup(corrected(), edit('content/privacy/en/intro/2019-01-01.mdx'))).lock;
		const altered = setup(corrected([{ ...correction, note: 'Nothing to see.' }]), edit('content/privacy/en/intro/2019-01-01.mdx'));
		expect(verify(altered, lock).problems).toEqual([
			{
				file: 'content/privacy/versions/2019-01-01.yaml',
				field: 'corrections[0]',
				message: 'correction 1 of published version 2019-01-01 was changed or removed; content/privacy/policy.lock.json records "Typo.".',
				hint: 'Corrections are part of the published record: restore the entry as it was. New corrections go after the existing ones.',
			},
		]);
	});

	it('lets only a correction of that very text, in its own version file, account for an edit', () => {
		const rights = 'content/privacy/en/rights/2020-01-01.mdx';
		const own = (c: { clause: string; locale: string }) => [
			version('2019-01-01'),
			version('2020-01-01', { corrections: [{ date: '2024-05-01', note: 'Typo.', ...c }] }),
			baseVersions[2]!,
		];
		expect(relock(setup(own({ clause: 'rights', locale: 'en' }), edit(rights)))).toMatchObject({ problems: [], corrected: ['2020-01-01 en/rights'] });
		for (const other of [
			{ clause: 'rights', locale: 'nl' },
			{ clause: 'intro', locale: 'en' },
		]) {
			expect(
				relock(setup(own(other), edit(rights))).problems.map((p) => p.file),
				JSON.stringify(other),
			).toContain(rights);
		}
	});

	it('still checks an edited text when the lock lacks the version the text was written for', () => {
		const { '2019-01-01': _dropped, ...rest } = initial.versions;
		const partial = { ...initial, versions: rest };
		const problems = verify(setup(baseVersions, edit('content/privacy/en/intro/2019-01-01.mdx')), partial).problems.map((p) => p.message);
		expect(problems).toEqual([
			'the text of clause `intro` (en) differs from content/privacy/policy.lock.json, where it is in published versions 2020-01-01, 2030-01-01.',
		]);
	});

	it('says "version" for an edited text in one published version', () => {
		expect(verify(setup(baseVersions, edit('content/privacy/en/transfers/2030-01-01.mdx'))).problems.map((p) => p.message)).toEqual([
			'the text of clause `transfers` (en) differs from content/privacy/policy.lock.json, where it is in published version 2030-01-01.',
		]);
	});

	it('reports only new corrections as corrected, and keeps every fingerprint a correction superseded', () => {
		const first = relock(setup(corrected(), edit('content/privacy/en/intro/2019-01-01.mdx')));
		expect(relock(setup(corrected(), edit('content/privacy/en/intro/2019-01-01.mdx')), [first.lock])).toMatchObject({ problems: [], corrected: [] });
		const second = { ...correction, date: '2024-06-01', note: 'Another typo.' };
		const again = relock(setup(corrected([correction, second]), edit('content/privacy/en/intro/2019-01-01.mdx', 'edited twice')), [first.lock]);
		expect(again).toMatchObject({ problems: [], corrected: ['2019-01-01 en/intro'] });
		expect(again.lock.versions['2019-01-01']!.superseded).toEqual([
			initial.versions['2019-01-01']!.fingerprint,
			first.lock.versions['2019-01-01']!.fingerprint,
		]);
		expect(again.lock.versions['2020-01-01']!.superseded).toEqual(
			initial.versions['2020-01-01']!.superseded.concat(initial.versions['2020-01-01']!.fingerprint, first.lock.versions['2020-01-01']!.fingerprint),
		);
		const unchanged = relock(setup());
		expect(Object.values(unchanged.lock.versions).map((v) => v.superseded)).toEqual([[], [], []]);
	});

	it('does not count corrections a new version brings as corrected texts', () => {
		const s = setup(
			[
				...baseVersions,
				version('2031-01-01', {
					corrections: [{ date: '2031-01-02', clause: 'rights', locale: 'en', note: 'x' }],
					singleLanguage: [{ clause: 'rights', locale: 'en', reason: 'r' }],
				}),
			],
			[...baseTexts, revision('rights', 'en', '2031-01-01')],
		);
		expect(relock(s)).toMatchObject({ problems: [], corrected: [], added: ['2031-01-01'] });
	});

	it('locks a new version after the locked ones, also on the day it takes effect', () => {
		const s = setup([...baseVersions, version('2031-01-01')]);
		expect(relock(s)).toMatchObject({ problems: [], added: ['2031-01-01'], initialised: [] });
		expect(updateLock(s.model, [{ lock: initial, path }], { ...s.context, today: '2031-01-01', init: false })).toMatchObject({
			problems: [],
			added: ['2031-01-01'],
		});
	});

	it('dates a new version after the newest locked in any lock given, naming its file', () => {
		const s = setup([...baseVersions, version('2025-01-01')]);
		const head = { ...initial, versions: { '2019-01-01': initial.versions['2019-01-01']!, '2020-01-01': initial.versions['2020-01-01']! } };
		expect(relock(s, [initial, head]).problems).toEqual([
			{
				file: 'content/privacy/versions/2025-01-01.yaml',
				message: 'version 2025-01-01 is new, but dated on or before 2030-01-01, the newest version already locked.',
				hint: 'Published history cannot be rewritten: date the new version after 2030-01-01.',
			},
		]);
	});

	it('refuses a correction whose text still matches the lock, naming the file to correct, but never an older correction again', () => {
		const rightsCorrection = [
			version('2019-01-01'),
			version('2020-01-01', { corrections: [{ date: '2024-05-01', clause: 'rights', locale: 'en', note: 'Typo.' }] }),
			baseVersions[2]!,
		];
		expect(relock(setup(rightsCorrection)).problems).toEqual([
			{
				file: 'content/privacy/versions/2020-01-01.yaml',
				field: 'corrections[0]',
				message: 'the correction of clause `rights` (en) is new, but the text is still the one in content/privacy/policy.lock.json.',
				hint: 'Make the correction in content/privacy/en/rights/2020-01-01.mdx, or remove the entry.',
			},
		]);
		const locked = relock(setup(corrected(), edit('content/privacy/en/intro/2019-01-01.mdx'))).lock;
		expect(relock(setup(corrected(), edit('content/privacy/en/intro/2019-01-01.mdx')), [locked]).problems).toEqual([]);
	});
});
