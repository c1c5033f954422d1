import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../integration/config/resolve.ts';
import type { FileParser } from '../../integration/content/read.ts';
import { statementContent } from '../../integration/content/statements.ts';
import { commitAll, git, loadWith, tempSites } from './content-site.ts';
import { files, fixtureConfig } from './statement-files.ts';

const site = tempSites('reload-');
const today = '2031-06-01';
/** A second statement, `cookies`: a copy of the fixture's, never locked. */
const withCookies = (content: string) => {
	cpSync(content, join(content, '../cookies'), { recursive: true });
	rmSync(join(content, '../cookies/policy.lock.json'));
};
// Lenient, so the checks warn as well: every load must log them all again, as a fresh start does.
const twoStatements = fixtureConfig({ statements: [{ id: 'privacy' }, { id: 'cookies', art13: false }], strict: false }, 'dev');

/**
 * `astro dev`'s content: a first load, then a load after each edit, given the paths its file events name,
 * each compared with a fresh start on the same files: the same problems, entries and log.
 */
async function session(root: string, config: ResolvedConfig) {
	const log: string[] = [];
	const logger = { info: (m: string) => log.push(`info ${m}`), warn: (m: string) => log.push(`warn ${m}`) };
	let parsed = 0;
	const counting: FileParser = { ...files, parseData: (entry) => ((parsed += 1), files.parseData(entry)) };
	const content = statementContent(root, { base: 'content', config, mode: { kind: 'build' }, files: counting, logger });
	const first = { ...(await content.load(today)), log: [...log] };
	return {
		first,
		/** Loads after `edit`, which returns the paths (below `content/`) its events name. */
		async after(edit: () => string[], day = today) {
			const paths = edit().map((path) => join(root, 'content', path));
			[log.length, parsed] = [0, 0];
			const reloaded = await content.load(day, paths);
			const fresh = await loadWith(root, config, { kind: 'build' }, day);
			expect({ problems: reloaded.problems, entries: reloaded.entries, log }).toEqual({ problems: fresh.problems, entries: fresh.entries, log: fresh.log });
			return { ...reloaded, parsed };
		},
	};
}

describe('statementContent after file events, as `astro dev` reloads', () => {
	it('finds after every edit what a fresh start finds: the same problems, entries and warnings', async () => {
		const root = site(withCookies);
		const content = join(root, 'content');
		cpSync(content, join(root, 'original'), { recursive: true });
		const restore = (path: string) => (cpSync(join(root, 'original', path), join(content, path), { recursive: true }), [path]);
		const write = (path: string, text: string) => (mkdirSync(join(content, path, '..'), { recursive: true }), writeFileSync(join(content, path), text), [path]);
		const remove = (path: string) => (rmSync(join(content, path), { recursive: true }), [path]);
		const dev = await session(root, twoStatements);
		expect(dev.first.log).toContainEqual(expect.stringMatching(/^warn cookies: version\(s\) .* not in content\/cookies\/policy\.lock\.json/));
		const intro = 'privacy/nl/intro/2031-01-01.mdx';
		const title = await dev.after(() => write(intro, readFileSync(join(content, intro), 'utf8').replace('title: Wie wij zijn', 'title: Wie we zijn')));
		expect(title.problems).toEqual([]);
		expect(title.parsed).toBe(1);
		expect((await dev.after(() => write(intro, '---\ntitle: Wie\norder: tien\n---\n\nTekst.\n'))).problems).toMatchObject([
			{ file: `content/${intro}`, field: 'order' },
		]);
		await dev.after(() => restore(intro));
		const translation = await dev.after(() => remove('privacy/en/intro/2031-01-01.mdx'));
		expect(translation.problems.map((p) => p.message).join('\n')).toContain('in nl only');
		await dev.after(() => restore('privacy/en/intro/2031-01-01.mdx'));
		expect((await dev.after(() => write('privacy/nl/notes.md', 'notes'))).problems).toMatchObject([{ file: 'content/privacy/nl/notes.md' }]);
		await dev.after(() => remove('privacy/nl/notes.md'));
		// A folder removed or added: its only event names the folder.
		expect((await dev.after(() => remove('privacy/nl/newsletter'))).problems).not.toEqual([]);
		expect((await dev.after(() => restore('privacy/nl/newsletter'))).problems).toEqual([]);
		expect((await dev.after(() => write('privacy/policy.lock.json', 'not json'))).problems).toMatchObject([{ file: 'content/privacy/policy.lock.json' }]);
		await dev.after(() => remove('privacy/policy.lock.json'));
		await dev.after(() => restore('privacy/policy.lock.json'));
		const draft = await dev.after(
			() => (appendFileSync(join(content, 'cookies/versions/2030-01-01.yaml'), 'draft: true\n'), ['cookies/versions/2030-01-01.yaml']),
		);
		expect(draft.entries.find((e) => e.id === 'cookies/versions/2030-01-01')!.draft).toBe(true);
		expect((await dev.after(() => remove('cookies'))).problems).toMatchObject([{ file: 'content/cookies/' }]);
		await dev.after(() => restore('cookies'));
		// Outside every statement: a folder the options no longer list, whose lock says it was published.
		expect((await dev.after(() => write('old/policy.lock.json', '{}'))).problems).toMatchObject([{ file: 'content/old/policy.lock.json' }]);
	});

	it('reads only the files the events name, and checks again only their statement', async () => {
		const root = site(withCookies);
		const quiet = { info: () => {}, warn: () => {} };
		const content = statementContent(root, { base: 'content', config: twoStatements, mode: { kind: 'build' }, files, logger: quiet });
		const first = await content.load(today);
		const edited = join(root, 'content/privacy/nl/intro/2020-01-01.mdx');
		writeFileSync(edited, readFileSync(edited, 'utf8').replace('title: Wie wij zijn', 'title: Wie we zijn'));
		// Changed as well, but no event names it: the watcher names every file it sees change.
		writeFileSync(join(root, 'content/cookies/nl/intro/2020-01-01.mdx'), '---\ntitle: Anders\norder: 10\n---\n\nAnders.\n');
		const reloaded = await content.load(today, [edited]);
		const entry = (entries: typeof first.entries, id: string) => entries.find((e) => e.id === id)!;
		expect(entry(reloaded.entries, 'privacy/nl/intro/2020-01-01').data).toMatchObject({ title: 'Wie we zijn' });
		// The very same entry: the other statement was neither read nor checked again.
		expect(entry(reloaded.entries, 'cookies/nl/intro/2020-01-01')).toBe(entry(first.entries, 'cookies/nl/intro/2020-01-01'));
		// Without paths, a load reads everything.
		expect(entry((await content.load(today)).entries, 'cookies/nl/intro/2020-01-01').data).toMatchObject({ title: 'Anders' });
	});

	it('checks every statement again on a new day: a correction dated after today stops being one', async () => {
		const root = site((content) =>
			appendFileSync(join(content, 'versions/2031-01-01.yaml'), 'corrections:\n  - date: 2031-07-01\n    clause: intro\n    locale: nl\n    note: Typo.\n'),
		);
		const dev = await session(root, fixtureConfig({}, 'dev'));
		expect(dev.first.problems.map((p) => p.message).join('\n')).toMatch(/2031-07-01/);
		expect((await dev.after(() => [], '2031-08-01')).problems.map((p) => p.message).join('\n')).not.toMatch(/2031-07-01/);
	});

	it('notices a commit made during the session at the next reload, whichever statement it edits', async () => {
		const root = site(withCookies);
		commitAll(root);
		const lock = 'privacy/policy.lock.json';
		const missing = 'the lock file is missing, but git HEAD has one.';
		const dev = await session(root, twoStatements);
		const removed = await dev.after(() => (rmSync(join(root, 'content', lock)), [lock]));
		expect(removed.problems.map((p) => p.message)).toEqual([missing]);
		git(root, 'rm', '-q', '--cached', `content/${lock}`);
		git(root, 'commit', '-q', '-m', 'Withdraw the lock');
		const cookies = 'cookies/nl/intro/2031-01-01.mdx';
		const edited = await dev.after(() => (appendFileSync(join(root, 'content', cookies), '\nErbij.\n'), [cookies]));
		expect(edited.problems).toEqual([]);
	});

	it('says which paths it read changed since, so a file read half written is read again', async () => {
		const root = site(withCookies);
		const quiet = { info: () => {}, warn: () => {} };
		const content = statementContent(root, { base: 'content', config: twoStatements, mode: { kind: 'build' }, files, logger: quiet });
		await content.load(today);
		const [privacy, cookies] = ['privacy', 'cookies'].map((id) => join(root, `content/${id}/nl/intro/2031-01-01.mdx`)) as [string, string];
		const outside = join(root, 'content/other/nl/intro/2031-01-01.mdx');
		await content.load(today, [privacy, cookies, outside]);
		expect(content.changedSince([privacy, cookies, outside])).toEqual([]);
		appendFileSync(cookies, '\nMeer tekst.\n');
		expect(content.changedSince([privacy, cookies, outside])).toEqual([cookies]);
		// A path no reload has read yet is left to its own event.
		const unread = join(root, 'content/privacy/en/intro/2031-01-01.mdx');
		appendFileSync(unread, '\nMore text.\n');
		expect(content.changedSince([unread])).toEqual([]);
	});

	it('reads everything again after a load that failed half way', async () => {
		const root = site(withCookies);
		let failing = false;
		// A failure the reader does not expect (not an Error, so no message to report): the load itself fails.
		const flaky: FileParser = { ...files, entryInfo: (contents, url) => (failing ? Promise.reject(null) : files.entryInfo(contents, url)) };
		const content = statementContent(root, {
			base: 'content',
			config: twoStatements,
			mode: { kind: 'build' },
			files: flaky,
			logger: { info: () => {}, warn: () => {} },
		});
		await content.load(today);
		const edited = join(root, 'content/privacy/nl/intro/2031-01-01.mdx');
		appendFileSync(edited, '\nErbij.\n');
		failing = true;
		await expect(content.load(today, [edited])).rejects.toThrow();
		failing = false;
		// Changed while the load failed, and no event names it.
		const missed = join(root, 'content/cookies/nl/intro/2031-01-01.mdx');
		writeFileSync(missed, readFileSync(missed, 'utf8').replace(/^title: .*$/m, 'title: Gemist'));
		const reloaded = await content.load(today, []);
		expect(reloaded.entries.find((e) => e.id === 'cookies/nl/intro/2031-01-01')!.data).toMatchObject({ title: 'Gemist' });
	});

	it('checks a statement with a file in the wrong place as a whole: that file does not hide the other problems', async () => {
		const root = site();
		const dev = await session(root, fixtureConfig({}, 'dev'));
		const found = await dev.after(() => {
			writeFileSync(join(root, 'content/privacy/nl/notes.md'), 'notes');
			rmSync(join(root, 'content/privacy/en/intro/2031-01-01.mdx'));
			return ['privacy/nl/notes.md', 'privacy/en/intro/2031-01-01.mdx'];
		});
		expect(found.problems.map((p) => p.file)).toContain('content/privacy/nl/notes.md');
		expect(found.problems.map((p) => p.message).join('\n')).toContain('in nl only');
	});
});
