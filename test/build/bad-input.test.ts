import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildError, copyFixture } from './fixture.ts';

const at = (root: string, path: string) => join(root, 'content/privacy', path);

describe('bad content fails the build with the file, the field and a hint, and leaves no dist/', () => {
	it('a clause missing in one language names both paths', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				mkdirSync(at(root, 'nl/cookies'));
				writeFileSync(at(root, 'nl/cookies/2030-01-01.mdx'), '---\ntitle: Cookies\norder: 40\n---\nAlleen in het Nederlands.\n');
			},
		});
		expect(error.message).toContain('content/privacy/nl/cookies/2030-01-01.mdx exists, content/privacy/en/cookies/2030-01-01.mdx does not');
		expect(error.hint).toContain("missingTranslation: 'notice'");
		expect(existsSync(error.site.dist)).toBe(false);
	});

	it('an edited published text is caught by the lock', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => appendFileSync(at(root, 'en/retention/2020-01-01.mdx'), '\nAnd a quiet change.\n'),
		});
		expect(error.message).toContain('content/privacy/en/retention/2020-01-01.mdx');
		expect(error.message).toContain(
			'the text of clause `retention` (en) differs from content/privacy/policy.lock.json, where it is in published version 2020-01-01.',
		);
		expect(error.hint).toContain('corrections');
		expect(existsSync(error.site.dist)).toBe(false);
	});

	it('a mistyped frontmatter field names the file and the field', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => writeFileSync(at(root, 'nl/intro/2020-01-01.mdx'), '---\ntitle: Wie wij zijn\norder: tien\nsumary: x\n---\nTekst.\n'),
		});
		expect(error.message).toMatch(/\*\*content\/privacy\/nl\/intro\/2020-01-01.mdx\*\* \(field `order`\): the frontmatter does not match the schema: .*number/);
		expect(error.message).toContain('(field `sumary`): the frontmatter has a field astro-privacy does not know');
		expect(error.hint).toContain('statementSchema({ extend })');
		expect(existsSync(error.site.dist)).toBe(false);
	});

	it('a clause pointing at an unknown version, and a bad removal', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				writeFileSync(at(root, 'nl/intro/2021-01-01.mdx'), '---\ntitle: Wie wij zijn\norder: 10\n---\nTekst.\n');
				writeFileSync(at(root, 'versions/2022-01-01.yaml'), 'summary:\n  nl: a\n  en: b\nremoves:\n  - nieuwsbrief\n');
			},
		});
		expect(error.message).toContain('**content/privacy/nl/intro/2021-01-01.mdx**: the clause points at version `2021-01-01`, which does not exist.');
		expect(error.message).toContain('(field `removes[0]`): version 2022-01-01 removes clause `nieuwsbrief`');
	});

	it('a missing summary and a malformed version id', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => writeFileSync(at(root, 'versions/2024-13-01.yaml'), 'summary:\n  nl: Alleen Nederlands.\n'),
		});
		expect(error.message).toContain('`2024-13-01` is not a version id.');
		expect(error.message).toContain('**content/privacy/versions/2024-13-01.yaml** (field `summary.en`)');
	});

	it('prints a user error as Astro prints its own: our hint kept, the fix said once, no stack trace', () => {
		// Two statements at one URL: the message names the option, which Astro once took for the browser's `document`.
		const root = copyFixture('basic', (dir) => {
			const config = join(dir, 'astro.config.mjs');
			writeFileSync(
				config,
				readFileSync(config, 'utf8').replace(
					"statements: [{ id: 'privacy', art13: false }],",
					"statements: [{ id: 'privacy' }, { id: 'cookies', base: 'privacy' }],",
				),
			);
		});
		const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
		const { status, stdout, stderr } = spawnSync(process.execPath, [astro, 'build'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, POLICY_BUILD_DATE: '2025-01-01' },
		});
		const output = stdout + stderr;
		expect(status).not.toBe(0);
		expect(output).toContain('astro-privacy serves two statements at overlapping URLs');
		expect(output).toContain('a `base` of its own');
		expect(output).not.toContain('Browser APIs');
		expect(output).not.toContain('Stack trace');
	});
});

/**
 * One broken site per folder of test/fixtures/bad-input: `case.json` says what it breaks (`about`), which
 * fixture it starts from, and how (`delete` files, `config` replacements in astro.config.mjs); `files/`
 * is laid over the fixture. `error.txt` holds the exact message and hint the build must give.
 */
const cases = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));
interface BadInput {
	about: string;
	fixture?: string;
	buildDate?: string;
	delete?: string[];
	config?: [string, string][];
}

describe('the bad-input suite: every broken site fails with its own message, before anything is written', () => {
	for (const name of readdirSync(cases).sort()) {
		const spec = JSON.parse(readFileSync(join(cases, name, 'case.json'), 'utf8')) as BadInput;
		it(`${name}: ${spec.about}`, async () => {
			const error = await buildError(spec.fixture ?? 'basic', {
				buildDate: spec.buildDate ?? '2025-01-01',
				edit: (root) => {
					for (const path of spec.delete ?? []) rmSync(join(root, path), { recursive: true });
					if (existsSync(join(cases, name, 'files'))) cpSync(join(cases, name, 'files'), root, { recursive: true });
					const config = join(root, 'astro.config.mjs');
					let text = readFileSync(config, 'utf8');
					for (const [from, to] of spec.config ?? []) {
						if (!text.includes(from)) throw new Error(`${name}/case.json: astro.config.mjs has no \`${from}\``);
						text = text.replace(from, to);
					}
					writeFileSync(config, text);
				},
			});
			// The site's folder and today's date differ per run.
			const report = `message:\n${error.message}\n\nhint:\n${error.hint ?? ''}\n`
				.replaceAll(error.site.root, '<site>')
				.replaceAll(new Date().toISOString().slice(0, 10), '<today>');
			await expect(report).toMatchFileSnapshot(join(cases, name, 'error.txt'));
			expect(existsSync(error.site.dist)).toBe(false);
		});
	}
});
