import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { byCodeUnits } from '../../integration/model/digest.ts';
import { statementFolder } from '../../integration/content/folder.ts';
import type { FileParser } from '../../integration/content/read.ts';
import { tempSites } from './content-site.ts';
import { files } from './statement-files.ts';

const site = tempSites('read-statement-');
async function read(root: string, parser: FileParser = files, statement = 'privacy') {
	const folder = statementFolder({ parser, root, base: 'content', statement });
	await folder.scan();
	return folder.read();
}
/** A parser that fails every entry's schema with Astro's message: a title line, a blank line, then `lines`. */
const failing = (...lines: string[]): FileParser => ({
	entryInfo: files.entryInfo,
	parseData: async () => {
		throw new Error(['**statements → privacy/x** data does not match collection schema.\n', ...lines.map((l) => `  ${l}`), ''].join('\n'));
	},
});
const clause = 'content/privacy/nl/intro/2020-01-01.mdx';
const version = 'content/privacy/versions/2020-01-01.yaml';
/** The problems of the two files above when every schema check fails with `lines`. */
async function schemaProblems(...lines: string[]) {
	const { problems, complete } = await read(site(), failing(...lines));
	expect(complete).toBe(false);
	return { clause: problems.filter((p) => p.file === clause), version: problems.filter((p) => p.file === version) };
}
const clauseHint = (field: string) => `The astro-privacy docs ("Writing clauses") describe \`${field}\` and what it takes.`;

describe('statementFolder: the files of one statement', () => {
	it('reads every file in code-unit order, marks the drafts, and keeps the lock text apart', async () => {
		const root = site();
		const { entries, lockText, complete, problems } = await read(root);
		expect(problems).toEqual([]);
		expect(complete).toBe(true);
		expect(lockText).toBe(readFileSync(join(root, 'content/privacy/policy.lock.json'), 'utf8'));
		const paths = entries.map((e) => e.filePath!);
		expect(paths).toEqual([...paths].sort(byCodeUnits));
		expect(paths[0]).toBe('content/privacy/en/intro/2020-01-01.mdx');
		expect(paths.at(-1)).toBe('content/privacy/versions/2031-01-01.yaml');
		expect(entries.filter((e) => e.draft).map((e) => e.id)).toEqual([
			'privacy/en/intro/2031-01-01',
			'privacy/nl/intro/2031-01-01',
			'privacy/versions/2031-01-01',
		]);
	});

	it('skips hidden files', async () => {
		const root = site((content) => writeFileSync(join(content, 'nl/.DS_Store'), 'binary'));
		expect((await read(root)).problems).toEqual([]);
	});

	it('names a missing statement folder', async () => {
		const { problems, complete, entries, lockText } = await read(site(), files, 'cookies');
		expect(problems).toEqual([
			{
				file: 'content/cookies/',
				message: 'the folder of statement `cookies` does not exist.',
				hint: 'Create it, or remove the statement from the `statements` option.',
			},
		]);
		expect({ complete, entries, lockText }).toEqual({ complete: false, entries: [], lockText: undefined });
	});

	it('refuses a symbolic link, and names a file in the wrong place with where it belongs', async () => {
		const root = site((content, root) => {
			writeFileSync(join(root, 'elsewhere.mdx'), readFileSync(join(content, 'nl/intro/2020-01-01.mdx')));
			rmSync(join(content, 'nl/intro/2020-01-01.mdx'));
			symlinkSync(join(root, 'elsewhere.mdx'), join(content, 'nl/intro/2020-01-01.mdx'));
			writeFileSync(join(content, 'nl/notes.md'), 'notes');
		});
		const { problems, entries, complete } = await read(root);
		// Refused, not failed: the rest of the statement is still checked as a whole.
		expect(complete).toBe(true);
		expect(problems).toEqual([
			{
				file: 'content/privacy/nl/intro/2020-01-01.mdx',
				message: 'this is a symbolic link (or another special file), not a file.',
				hint: 'Replace it with a copy of the file: the lock can only vouch for text that is part of the statement itself.',
			},
			{
				file: 'content/privacy/nl/notes.md',
				message: 'this file is not where astro-privacy expects content.',
				hint: 'Expected content/privacy/<locale>/<clause>/<YYYY-MM-DD>.mdx, privacy/register/<clause>/<YYYY-MM-DD>.yaml or privacy/versions/<YYYY-MM-DD>.yaml.',
			},
		]);
		expect(entries.map((e) => e.id)).not.toContain('privacy/nl/intro/2020-01-01');
	});

	it('names bad YAML in a version file by its first line', async () => {
		const bad = 'summary: [unclosed\n';
		let reason = '';
		try {
			parseYaml(bad);
		} catch (error) {
			reason = (error as Error).message;
		}
		expect(reason.split('\n').length).toBeGreaterThan(1);
		const { problems, complete } = await read(site((content) => writeFileSync(join(content, 'versions/2020-01-01.yaml'), bad)));
		expect(complete).toBe(false);
		expect(problems).toEqual([
			{
				file: version,
				message: `the version file is not valid YAML: ${reason.split('\n')[0]}`,
				hint: 'Fix the YAML syntax; see "Versions" in the astro-privacy docs for an example.',
			},
		]);
	});

	it('names bad frontmatter YAML by the first line of the error, with the colon hint', async () => {
		const parser: FileParser = {
			...files,
			entryInfo: async (contents, url) => {
				if (url.pathname.endsWith('/nl/intro/2020-01-01.mdx'))
					throw new Error('Nested mappings are not allowed in compact mappings at line 2\n\ntitle: Cookies: wat\n');
				return files.entryInfo(contents, url);
			},
		};
		const { problems, complete } = await read(site(), parser);
		expect(complete).toBe(false);
		expect(problems).toEqual([
			{
				file: clause,
				message: 'the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings at line 2',
				hint: 'Fix the YAML between the `---` lines; quote a title that contains a colon, e.g. `title: "Cookies: wat en waarom"`.',
			},
		]);
	});

	it('reports the self-contained check of a clause body', async () => {
		const root = site((content) => writeFileSync(join(content, 'nl/intro/2020-01-01.mdx'), '---\ntitle: Wie\norder: 10\n---\n\nimport X from "./x.ts";\n'));
		const { problems } = await read(root);
		expect(problems.map((p) => p.file)).toEqual([clause]);
	});

	it('keeps what a file says, not what the schema made of it', async () => {
		const parser: FileParser = { ...files, parseData: async (entry) => ({ ...(await files.parseData(entry)), title: 'TRANSFORMED', extra: 1 }) };
		const { entries } = await read(site(), parser);
		const data = entries.find((e) => e.id === 'privacy/nl/intro/2020-01-01')!.data as Record<string, unknown>;
		expect(data).toMatchObject({ title: 'Wie wij zijn', order: 10, kind: 'clause', extra: 1 });
	});

	it('parses a file again only when its text changed, and after an event reads only the file it names', async () => {
		const root = site();
		let parsed = 0;
		const counting: FileParser = { ...files, parseData: (entry) => ((parsed += 1), files.parseData(entry)) };
		const folder = statementFolder({ parser: counting, root, base: 'content', statement: 'privacy' });
		await folder.scan();
		const first = folder.read();
		expect(parsed).toBe(first.entries.length);
		parsed = 0;
		await folder.scan();
		expect(parsed).toBe(0);
		expect(folder.read()).toEqual(first);
		const edited = join(root, 'content/privacy/nl/intro/2020-01-01.mdx');
		writeFileSync(edited, '---\ntitle: Wie wij zijn\norder: 11\n---\n\nAnders.\n');
		// Changed as well, but no event names it: the watcher names every file it sees change.
		writeFileSync(join(root, 'content/privacy/en/intro/2020-01-01.mdx'), '---\ntitle: Who we are\norder: 12\n---\n\nOther.\n');
		await folder.update(edited);
		expect(parsed).toBe(1);
		const data = (id: string) => folder.read().entries.find((e) => e.id === id)!.data;
		expect(data('privacy/nl/intro/2020-01-01')).toMatchObject({ order: 11 });
		expect(data('privacy/en/intro/2020-01-01')).toMatchObject({ order: 10 });
	});

	it('forgets on a full scan a file removed without an event, and ignores an event naming a hidden file', async () => {
		const root = site();
		const folder = statementFolder({ parser: files, root, base: 'content', statement: 'privacy' });
		await folder.scan();
		const first = folder.read();
		rmSync(join(root, 'content/privacy/nl/intro/2031-01-01.mdx'));
		await folder.scan();
		expect(folder.read().entries.map((e) => e.id)).not.toContain('privacy/nl/intro/2031-01-01');
		const hidden = join(root, 'content/privacy/nl/.DS_Store');
		writeFileSync(hidden, 'editor state');
		await folder.update(hidden);
		expect(folder.read().problems).toEqual(first.problems);
	});

	it('forgets a file or a folder once it is gone, and reads a folder that appears whole', async () => {
		const root = site();
		const folder = statementFolder({ parser: files, root, base: 'content', statement: 'privacy' });
		await folder.scan();
		const first = folder.read();
		const intro = join(root, 'content/privacy/nl/intro');
		cpSync(intro, join(root, 'intro'), { recursive: true });
		rmSync(intro, { recursive: true });
		await folder.update(intro);
		expect(folder.read().entries.filter((e) => e.id.startsWith('privacy/nl/intro/'))).toEqual([]);
		cpSync(join(root, 'intro'), intro, { recursive: true });
		await folder.update(intro);
		expect(folder.read()).toEqual(first);
		rmSync(join(intro, '2031-01-01.mdx'));
		await folder.update(join(intro, '2031-01-01.mdx'));
		expect(folder.read().entries.map((e) => e.id)).not.toContain('privacy/nl/intro/2031-01-01');
		rmSync(join(root, 'content/privacy'), { recursive: true });
		await folder.update(join(root, 'content/privacy'));
		expect(folder.read()).toMatchObject({ complete: false, entries: [], problems: [{ file: 'content/privacy/' }] });
	});
});

describe('statementFolder: a schema error becomes one problem per field', () => {
	it('names each field of the real schema, with indexes in brackets', async () => {
		const root = site((content) => {
			writeFileSync(
				join(content, 'versions/2020-01-01.yaml'),
				'summary:\n  nl: Eerste.\n  en: First.\nremoves: [newsletter, 5]\ncorrections:\n  - date: 2020-13-01\n',
			);
			writeFileSync(join(content, 'nl/intro/2020-01-01.mdx'), '---\norder: 10\ntitel: Wie\n---\n\nTekst.\n');
		});
		const { problems, complete } = await read(root);
		expect(complete).toBe(false);
		const required = 'Invalid input: expected string, received undefined';
		const versionHint = (field: string) => `The astro-privacy docs ("Versions") describe \`${field}\` and what it takes.`;
		expect(problems).toEqual([
			{
				file: clause,
				field: 'title',
				message: `the frontmatter does not match the schema: ${required}`,
				hint: clauseHint('title'),
			},
			{
				file: clause,
				field: 'titel',
				message: 'the frontmatter has a field astro-privacy does not know',
				hint: 'Check the spelling against the astro-privacy docs ("Writing clauses"), which list every field; an unknown field is an error so that a typo cannot pass silently. Add fields of your own with `statementSchema({ extend })`.',
			},
			{
				file: version,
				field: 'removes[1]',
				message: 'the version file does not match the schema: Invalid input: expected string, received number',
				hint: versionHint('removes[1]'),
			},
			{
				file: version,
				field: 'corrections[0].date',
				message: 'the version file does not match the schema: expected a real date as YYYY-MM-DD',
				hint: versionHint('corrections[0].date'),
			},
			...['clause', 'locale', 'note'].map((key) => ({
				file: version,
				field: `corrections[0].${key}`,
				message: `the version file does not match the schema: ${required}`,
				hint: versionHint(`corrections[0].${key}`),
			})),
		]);
	});

	it("reads Astro's `**field**: **field**: message` lines, skipping its title and blank lines", async () => {
		const found = await schemaProblems(
			'**title**: **title**: Required',
			'   ',
			'**corrections.12.date**: **corrections.12.date**: bad date',
			'**removes.10**: bad',
		);
		expect(found.clause).toEqual([
			{
				file: clause,
				field: 'title',
				message: 'the frontmatter does not match the schema: the field is missing, and it is required',
				hint: clauseHint('title'),
			},
			{ file: clause, field: 'corrections[12].date', message: 'the frontmatter does not match the schema: bad date', hint: clauseHint('corrections[12].date') },
			{ file: clause, field: 'removes[10]', message: 'the frontmatter does not match the schema: bad', hint: clauseHint('removes[10]') },
		]);
		expect(found.version.map((p) => p.message)).toEqual([
			'the version file does not match the schema: the field is missing, and it is required',
			'the version file does not match the schema: bad date',
			'the version file does not match the schema: bad',
		]);
	});

	it('takes a line without a field for the whole entry, and points to the whole section', async () => {
		const found = await schemaProblems('something is wrong');
		expect(found.clause.map(({ hint: _, ...p }) => p)).toEqual([{ file: clause, message: 'the frontmatter does not match the schema: something is wrong' }]);
		expect(found.version.map(({ hint: _, ...p }) => p)).toEqual([{ file: version, message: 'the version file does not match the schema: something is wrong' }]);
		expect(found.clause[0]!.hint).toBe('The astro-privacy docs ("Writing clauses") describe `each field` and what it takes.');
		expect(found.version[0]!.hint).toBe('The astro-privacy docs ("Versions") describe `each field` and what it takes.');
	});

	it('reports an error of another form by its first line, so no file drops out without a problem', async () => {
		const throwing: FileParser = {
			entryInfo: files.entryInfo,
			parseData: async () => {
				throw new Error('Cannot read the retention period');
			},
		};
		const { problems } = await read(site(), throwing);
		expect(problems.filter((p) => p.file === clause).map((p) => p.message)).toEqual([
			'the frontmatter does not match the schema: Cannot read the retention period',
		]);
	});

	it('names unknown keys, one or several, below a field too, and only as the whole message', async () => {
		const found = await schemaProblems(
			'****: Unrecognized key: "reviewer"',
			'**processing**: Unrecognized keys: "dpia", "owner"',
			'**title**: says "Unrecognized key: x"',
			'**summary**: Unrecognized key: "x"',
		);
		const unknown =
			'Check the spelling against the astro-privacy docs ("%s"), which list every field; an unknown field is an error so that a typo cannot pass silently.';
		expect(found.clause).toEqual([
			{
				file: clause,
				field: 'reviewer',
				message: 'the frontmatter has a field astro-privacy does not know',
				hint: `${unknown.replace('%s', 'Writing clauses')} Add fields of your own with \`statementSchema({ extend })\`.`,
			},
			{
				file: clause,
				field: 'processing.dpia, owner',
				message: 'the frontmatter has a field astro-privacy does not know',
				hint: `${unknown.replace('%s', 'The processing register')} Add facts of your own with \`statementSchema({ processing })\`.`,
			},
			{ file: clause, field: 'title', message: 'the frontmatter does not match the schema: says "Unrecognized key: x"', hint: clauseHint('title') },
			{
				file: clause,
				field: 'summary.x',
				message: 'the frontmatter has a field astro-privacy does not know',
				hint: `${unknown.replace('%s', 'Writing clauses')} Add fields of your own with \`statementSchema({ extend })\`.`,
			},
		]);
		expect(found.version.map((p) => [p.field, p.hint])).toEqual([
			['reviewer', unknown.replace('%s', 'Versions')],
			['processing.dpia, owner', unknown.replace('%s', 'Versions')],
			['title', 'The astro-privacy docs ("Versions") describe `title` and what it takes.'],
			['summary.x', unknown.replace('%s', 'Versions')],
		]);
	});

	it('points a processing field to the register docs', async () => {
		const found = await schemaProblems('**processing.basis**: **processing.basis**: bad basis');
		expect(found.clause).toEqual([
			{
				file: clause,
				field: 'processing.basis',
				message: 'the frontmatter does not match the schema: bad basis',
				hint: 'The astro-privacy docs ("The processing register") describe `processing.basis` and what it takes.',
			},
		]);
	});
});
