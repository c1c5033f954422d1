import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildError, buildFixture } from './fixture.ts';

const at = (root: string, path: string) => join(root, 'content/privacy', path);
const replaceIn = (file: string, from: string | RegExp, to: string) => {
	const text = readFileSync(file, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`${from} not found in ${file}`);
	writeFileSync(file, next);
};
const notStrict = (root: string) => replaceIn(join(root, 'astro.config.mjs'), 'strict: true', 'strict: false');
/** Makes room for a new version 2032-01-01: the fixture's draft 2031-01-01 would be dated before it. */
const dropDraft = (root: string) => ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx'].forEach((p) => rmSync(at(root, p)));
const newVersion = (root: string, yaml = '') => {
	dropDraft(root);
	writeFileSync(at(root, 'versions/2032-01-01.yaml'), `summary:\n  nl: Nieuw.\n  en: New.\n${yaml}`);
};
const clause = (title: string, text: string) => `---\ntitle: ${title}\norder: 20\n---\n\n${text}\n`;

describe('no edit of a published version reaches dist/ unnoticed', () => {
	it('a changed controller option fails, naming the option and how to publish the change', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => replaceIn(join(root, 'astro.config.mjs'), 'Teststraat 1', 'Andere straat 9'),
		});
		expect(error.message).toContain('**astro.config.mjs** (field `controller`): published version 2020-01-01 would show other controller facts');
		expect(error.hint).toContain('under `controller:` in the file of a new version');
	});

	it('a deleted, a renamed and a drafted version fail', async () => {
		const deleted = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => ['versions/2022-01-01.yaml', 'nl/retention/2022-01-01.mdx', 'en/retention/2022-01-01.mdx'].forEach((p) => rmSync(at(root, p))),
		});
		expect(deleted.message).toContain(
			'**content/privacy/versions/2022-01-01.yaml**: version 2022-01-01 is published (it is in content/privacy/policy.lock.json) but its version file is gone: deleted or renamed.',
		);
		expect(deleted.hint).toContain('publish a new version');
		const renamed = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) =>
				['versions/2030-01-01.yaml', 'nl/transfers/2030-01-01.mdx', 'en/transfers/2030-01-01.mdx'].forEach((p) =>
					renameSync(at(root, p), at(root, p.replace('2030', '2029'))),
				),
		});
		expect(renamed.message).toContain('version 2030-01-01 is published');
		const drafted = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => appendFileSync(at(root, 'versions/2030-01-01.yaml'), 'draft: true\n'),
		});
		expect(drafted.message).toContain('version 2030-01-01 is published (it is in content/privacy/policy.lock.json) but is now marked `draft`.');
	});

	it('a rewritten summary, a removed correction, and a new clause in a published version fail', async () => {
		const summary = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => replaceIn(at(root, 'versions/2020-01-01.yaml'), 'First version.', 'Our first version.'),
		});
		expect(summary.message).toContain('**content/privacy/versions/2020-01-01.yaml**: the fields of published version 2020-01-01 (summary, material');
		const correction = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => replaceIn(at(root, 'versions/2022-01-01.yaml'), /corrections:[\s\S]*$/, ''),
		});
		expect(correction.message).toContain('(field `corrections[0]`): correction 1 of published version 2022-01-01 was changed or removed');
		const added = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) =>
				['nl', 'en'].forEach((l) => (mkdirSync(at(root, `${l}/cookies`)), writeFileSync(at(root, `${l}/cookies/2022-01-01.mdx`), clause('Cookies', 'Geen.')))),
		});
		expect(added.message).toContain('published version 2022-01-01 now contains clause `cookies` (en)');
	});

	it('a correction that is not locked yet fails, so an invented note cannot reach the history', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) =>
				appendFileSync(
					at(root, 'versions/2022-01-01.yaml'),
					'  - date: 2024-01-01\n    clause: retention\n    locale: en\n    note: It was always two days.\n',
				),
		});
		expect(error.message).toContain(
			'(field `corrections[1]`): the correction of clause `retention` (en) in published version 2022-01-01 is not in content/privacy/policy.lock.json yet.',
		);
	});

	it('a published statement left out of the options, or a page or public file over a policy URL, fails', async () => {
		const orphan = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => cpSync(at(root, ''), join(root, 'content/cookies'), { recursive: true }),
		});
		expect(orphan.message).toContain(
			'**content/cookies/policy.lock.json**: statement `cookies` has been published (it has a lock), but astroPrivacy() no longer lists it',
		);
		const page = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => (
				mkdirSync(join(root, 'src/pages/privacy'), { recursive: true }),
				writeFileSync(join(root, 'src/pages/privacy/2020-01-01.astro'), '<p>Other text</p>')
			),
		});
		expect(page.message).toContain('the page src/pages/privacy/2020-01-01.astro (/privacy/2020-01-01) lies under /privacy/');
		expect(existsSync(page.site.dist)).toBe(false);
		// A dynamic route that outranks the injected one, and a symbolic link in public/: found after the build, and dist/ removed.
		const dynamic = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => (
				mkdirSync(join(root, 'src/pages/[lang]/privacy'), { recursive: true }),
				writeFileSync(
					join(root, 'src/pages/[lang]/privacy/[v].astro'),
					"---\nexport const getStaticPaths = () => [{ params: { lang: 'en', v: '2022-01-01' } }];\n---\n<p>Other text</p>",
				)
			),
		});
		expect(dynamic.message).toContain('the page built at /en/privacy/2022-01-01 by another route or file lies under /en/privacy/');
		expect(existsSync(dynamic.site.dist)).toBe(false);
		const linked = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => (
				mkdirSync(join(root, 'public/privacy/2020-01-01'), { recursive: true }),
				writeFileSync(join(root, 'other.html'), '<p>x</p>'),
				symlinkSync(join(root, 'other.html'), join(root, 'public/privacy/2020-01-01/index.html'))
			),
		});
		expect(linked.message).toContain('the file public/privacy/2020-01-01/index.html lies under /privacy/');
		const file = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => (
				mkdirSync(join(root, 'public/en/privacy/2022-01-01'), { recursive: true }),
				writeFileSync(join(root, 'public/en/privacy/2022-01-01/index.html'), '<p>Other text</p>')
			),
		});
		expect(file.message).toContain('the file public/en/privacy/2022-01-01/index.html lies under /en/privacy/');
	});

	it('a deleted lock file does not launder an edit: a strict build fails on the unlocked versions', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				rmSync(at(root, 'policy.lock.json'));
				appendFileSync(at(root, 'en/retention/2020-01-01.mdx'), '\nAnd a quiet change.\n');
			},
		});
		expect(error.message).toContain('version(s) 2020-01-01, 2022-01-01, 2030-01-01 not in content/privacy/policy.lock.json');
		expect(error.hint).toContain('npm run lock -- --init');
	});

	it('an import in a clause and a symlinked clause file fail', async () => {
		const imported = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				writeFileSync(join(root, 'outside.txt'), 'Text from elsewhere.');
				replaceIn(at(root, 'nl/newsletter/2020-01-01.mdx'), '---\n\n', "---\nimport outside from '../../../../outside.txt?raw';\n\n{outside}\n");
			},
		});
		expect(imported.message).toContain(
			"**content/privacy/nl/newsletter/2020-01-01.mdx**: the clause text (line 1 below the frontmatter) imports or exports code (`import outside from '../../../../outside.txt?raw';`)",
		);
		const computed = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => appendFileSync(at(root, 'nl/newsletter/2020-01-01.mdx'), '\nWe keep logs for {process.env.RETENTION}.\n'),
		});
		expect(computed.message).toContain(
			'**content/privacy/nl/newsletter/2020-01-01.mdx**: the clause text (line 3 below the frontmatter) computes text with an expression (`{process.env.RETENTION}`)',
		);
		const linked = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				copyFileSync(at(root, 'en/newsletter/2020-01-01.mdx'), join(root, 'newsletter.mdx'));
				rmSync(at(root, 'en/newsletter/2020-01-01.mdx'));
				symlinkSync(join(root, 'newsletter.mdx'), at(root, 'en/newsletter/2020-01-01.mdx'));
			},
		});
		expect(linked.message).toContain('**content/privacy/en/newsletter/2020-01-01.mdx**: this is a symbolic link');
	});

	it('a malformed or foreign lock file fails with the way back', async () => {
		const conflict = await buildError('basic', { buildDate: '2025-01-01', edit: (root) => writeFileSync(at(root, 'policy.lock.json'), '<<<<<<< HEAD\n{}\n') });
		expect(conflict.message).toContain('**content/privacy/policy.lock.json**: the lock file is not valid JSON');
		expect(conflict.hint).toContain('git checkout -- content/privacy/policy.lock.json');
		const future = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => replaceIn(at(root, 'policy.lock.json'), '"lockfileVersion": 2', '"lockfileVersion": 99'),
		});
		expect(future.message).toContain('`lockfileVersion` is 99');
	});

	it('a schema transform in content.config.ts cannot rewrite what a page shows', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) =>
				replaceIn(
					join(root, 'src/content.config.ts'),
					'schema: statementSchema()',
					"schema: statementSchema().transform((d) => (d.kind === 'clause' ? { ...d, title: 'Rewritten', order: -1 } : d))",
				),
		});
		expect(site.read('en/privacy/index.html')).toContain('<h2 id="retention">Retention</h2>');
		expect(site.read('en/privacy/index.html')).not.toContain('Rewritten');
	});

	it('a byte-order mark and Windows line endings are not an edit', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) =>
				writeFileSync(at(root, 'en/retention/2020-01-01.mdx'), `\uFEFF${readFileSync(at(root, 'en/retention/2020-01-01.mdx'), 'utf8').replace(/\n/g, '\r\n')}`),
		});
		expect(site.read('en/privacy/2020-01-01/index.html')).toContain('We keep logs for three months');
	});
});

describe('what a version changes must change, in every language', () => {
	it('a clause revised in one language only fails, naming both files', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				newVersion(root);
				writeFileSync(at(root, 'nl/retention/2032-01-01.mdx'), clause('Bewaartermijnen', 'Wij bewaren logs vier weken.'));
			},
		});
		expect(error.message).toContain(
			'version 2032-01-01 changes clause `retention` in nl only: content/privacy/nl/retention/2032-01-01.mdx exists, content/privacy/en/retention/2032-01-01.mdx does not',
		);
	});

	it('a file identical to the text it replaces fails', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				newVersion(root);
				for (const l of ['nl', 'en']) copyFileSync(at(root, `${l}/retention/2022-01-01.mdx`), at(root, `${l}/retention/2032-01-01.mdx`));
			},
		});
		expect(error.message).toContain('**content/privacy/nl/retention/2032-01-01.mdx**: nothing changed');
	});

	it('an explained one-language change is told to the readers of the other language', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2033-01-01',
			edit: (root) => {
				notStrict(root);
				newVersion(root, 'singleLanguage:\n  - clause: retention\n    locale: nl\n    reason: Spelling van "logbestanden".\n');
				writeFileSync(at(root, 'nl/retention/2032-01-01.mdx'), clause('Bewaartermijnen', 'Wij bewaren logbestanden zes weken en facturen zeven jaar.'));
			},
		});
		const history = site.read('en/privacy/changes/index.html');
		expect(history).toMatch(
			/<strong>Changed in the Dutch text only:<\/strong>\s*<a href="\/en\/privacy\/2032-01-01\/#retention">Retention<\/a> \(Spelling van &quot;logbestanden&quot;.\)/,
		);
		expect(site.read('privacy/changes/index.html')).toContain('alleen in deze taal: Spelling van &quot;logbestanden&quot;.');
		const redline = site.read('en/privacy/changes/2032-01-01/index.html');
		expect(redline).toContain('Only the Dutch text of this section changed (Spelling van &quot;logbestanden&quot;.). The English text stays as it was.');
		expect(site.read('privacy/changes/2032-01-01/index.html')).toContain('<del>');
	});
});

describe('controller facts have a history', () => {
	it('a change in a new version shows from that version on; earlier pages keep the facts they showed', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2033-01-01',
			edit: (root) => {
				notStrict(root);
				newVersion(root, 'controller:\n  name: Nieuwhost B.V.\n  address: [Havenweg 5, 1000 AA Amsterdam]\n');
			},
		});
		expect(site.read('privacy/index.html')).toContain('Nieuwhost B.V. is verantwoordelijk, KvK <span class="policy-identifier">12345678</span>.');
		expect(site.read('privacy/index.html')).toContain('<strong>Nieuwhost B.V.</strong>');
		const old = site.read('privacy/2030-01-01/index.html');
		expect(old).toContain('Testhost B.V. is verantwoordelijk, KvK <span class="policy-identifier">12345678</span>.');
		expect(old).toContain('Teststraat 1');
		expect(old).not.toContain('Nieuwhost');
		expect(site.read('privacy/changes/index.html')).toContain('De contactgegevens zijn gewijzigd.');
		const redline = site.read('privacy/changes/2032-01-01/index.html');
		expect(redline).toContain('<h2 id="policy-contact-changes">Contactgegevens</h2>');
		expect(redline).toContain(
			'<p><strong><del><span class="visually-hidden">verwijderd: </span>Testhost</del><ins><span class="visually-hidden">toegevoegd: </span>Nieuwhost</ins> B.V.</strong></p><dl><dt>Bezoekadres</dt><dd><address><del><span class="visually-hidden">verwijderd: </span>Teststraat 1<br>1234 AB Amsterdam</del><ins><span class="visually-hidden">toegevoegd: </span>Havenweg 5<br>1000 AA Amsterdam</ins></address></dd>',
		);
		expect(site.read('privacy/changes.xml')).toContain('<author><name>Nieuwhost B.V.</name></author>');
		const records = JSON.parse(site.read('privacy/policy.json'));
		const digest = (id: string) => records.versions.find((v: { id: string }) => v.id === id).digests.controller;
		expect(digest('2030-01-01')).not.toBe(digest('2032-01-01'));
	});
});
