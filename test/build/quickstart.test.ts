import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start in your own site'), readme.indexOf('## Documentation'));
const blocks = [...quickStart.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang: lang!, body: body! }));
// Outside the repository, so nothing resolves from its node_modules: only what the README installs.
const work = mkdtempSync(join(tmpdir(), 'astro-privacy-quickstart-'));
const site = join(work, 'site');
// npm and the bins run on the Node that runs the tests (the repo's pinned one), as a site on Node ≥ 22.12 would.
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
const run = (command: string, args: string[], cwd = site, extra: Record<string, string> = {}) => {
	const result = spawnSync(command, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
};
function write(path: string, text: string, root = site) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
}
/** A fresh site with Astro, and the packed package installed by the README's install line. */
function install(dir: string) {
	const { version } = JSON.parse(readFileSync(join(repo, 'node_modules/astro/package.json'), 'utf8'));
	mkdirSync(dir);
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module', dependencies: { astro: `^${version}` } }));
	// The README's install line, with the tarball where this test packed it.
	const line = quickStart
		.split('\n')
		.find((l) => l.startsWith('npm install ../astro-privacy/'))!
		.split(' ')
		.slice(1);
	run('npm', [...line.map((arg) => (arg.endsWith('.tgz') ? join(work, arg.split('/').at(-1)!) : arg)), '--no-audit', '--no-fund'], dir);
}
beforeAll(() => {
	execFileSync('npm', ['pack', join(repo, 'integration'), '--pack-destination', work], { env, stdio: 'pipe' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the README's quick start, followed word for word in a fresh site", () => {
	it('installs the packed package, locks the statement and builds it', () => {
		install(site);
		write('astro.config.mjs', blocks.find((b) => b.lang === 'js' && b.body.includes('defineConfig'))!.body);
		write('src/content.config.ts', blocks.find((b) => b.lang === 'ts' && b.body.includes('collections'))!.body);
		// Each content file's block names its path in a comment line.
		for (const { body } of blocks.filter((b) => b.lang === 'yaml' || b.lang === 'mdx')) {
			const path = /# (content\/\S+)\n/.exec(body)!;
			write(path[1]!, body.replace(path[0], ''));
		}
		// "Write the English text at content/privacy/en/retention/2025-01-01.mdx"
		write(
			'content/privacy/en/retention/2025-01-01.mdx',
			'---\ntitle: Retention\norder: 100\nsummary: We keep invoices for seven years because the law requires it.\n---\n\nWe keep invoices for seven years (art. 52 AWR). Questions? Mail <Controller field="email" />.\n',
		);
		// "add "lock": "astro-privacy-lock" … to your scripts, lock the statement and build"
		const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
		writeFileSync(
			join(site, 'package.json'),
			JSON.stringify({ ...pkg, scripts: { lock: 'astro-privacy-lock', verify: 'astro-privacy-verify', build: 'astro build' } }),
		);
		run('npm', ['run', 'lock', '--', '--init']);
		run('npm', ['run', 'build']);
		const page = readFileSync(join(site, 'dist/privacy/index.html'), 'utf8');
		expect(page).toContain('<h2 id="retention">Bewaartermijnen</h2>');
		expect(page).toContain('<a href="mailto:privacy@voorbeeld.nl">privacy@<wbr>voorbeeld<wbr>.nl</a>');
		expect(readFileSync(join(site, 'dist/en/privacy/index.html'), 'utf8')).toContain('<h2 id="retention">Retention</h2>');
		const packed = execFileSync(
			'tar',
			['-tzf', join(work, `astro-privacy-${JSON.parse(readFileSync(join(repo, 'integration/package.json'), 'utf8')).version}.tgz`)],
			{ encoding: 'utf8' },
		);
		expect(packed).toContain('package/README.md');
		expect(packed).toContain('package/LICENSE');
	}, 300_000);

	it('imports the statement a site already publishes, as its two commands say, then locks and builds it', () => {
		const imported = join(work, 'imported');
		install(imported);
		write('astro.config.mjs', blocks.find((b) => b.lang === 'js' && b.body.includes('defineConfig'))!.body, imported);
		write('src/content.config.ts', blocks.find((b) => b.lang === 'ts' && b.body.includes('collections'))!.body, imported);
		// "Save the privacy statement page your site has today … with its English copy"
		cpSync(join(repo, 'test/fixtures/import/hosting-nl.html'), join(imported, 'privacy.html'));
		cpSync(join(repo, 'test/fixtures/import/hosting-en.html'), join(imported, 'privacy-en.html'));
		const commands = blocks
			.find((b) => b.lang === 'sh' && b.body.includes('astro-privacy import'))!
			.body.trim()
			.split('\n');
		expect(commands).toHaveLength(2);
		for (const command of commands) {
			const [npx, ...args] = command.split(' ');
			expect(run(npx!, args, imported)).toContain('every sentence kept.');
		}
		writeFileSync(
			join(imported, 'package.json'),
			JSON.stringify({ ...JSON.parse(readFileSync(join(imported, 'package.json'), 'utf8')), scripts: { lock: 'astro-privacy-lock', build: 'astro build' } }),
		);
		run('npm', ['run', 'lock', '--', '--init'], imported);
		run('npm', ['run', 'build'], imported);
		const page = readFileSync(join(imported, 'dist/privacy/index.html'), 'utf8');
		expect(page).toContain('<span class="policy-number">3.1</span> Uitvoeren van de overeenkomst');
		expect(readFileSync(join(imported, 'dist/en/privacy/index.html'), 'utf8')).toContain('Performing the contract');
	}, 300_000);

	it("installs next to @astrojs/mdx 7, as in Astro's blog example, and builds", () => {
		const older = join(work, 'mdx7');
		mkdirSync(older);
		const { version } = JSON.parse(readFileSync(join(repo, 'node_modules/astro/package.json'), 'utf8'));
		writeFileSync(join(older, 'package.json'), JSON.stringify({ name: 'mdx7', private: true, type: 'module', dependencies: { astro: `^${version}` } }));
		const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
		run('npm', ['install', join(work, tarball), '@astrojs/mdx@7', '--no-audit', '--no-fund'], older);
		for (const part of ['astro.config.mjs', 'src', 'content']) cpSync(join(repo, 'test/fixtures/basic', part), join(older, part), { recursive: true });
		run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], older, { POLICY_BUILD_DATE: '2025-01-01' });
		expect(readFileSync(join(older, 'dist/privacy/index.html'), 'utf8')).toContain('data-astro-privacy');
	}, 300_000);
});
