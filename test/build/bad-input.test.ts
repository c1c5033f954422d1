import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildError } from './fixture.ts';

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
		const error = await buildError('basic', { buildDate: '2025-01-01', edit: (root) => appendFileSync(at(root, 'en/retention/2020-01-01.mdx'), '\nAnd a quiet change.\n') });
		expect(error.message).toContain('content/privacy/en/retention/2020-01-01.mdx');
		expect(error.message).toContain('the text of clause `retention` (en) differs from content/privacy/policy.lock.json, where it is in published version 2020-01-01.');
		expect(error.hint).toContain('corrections');
		expect(existsSync(error.site.dist)).toBe(false);
	});

	it('a mistyped frontmatter field names the file and the field', async () => {
		const error = await buildError('basic', {
			buildDate: '2025-01-01',
			edit: (root) => writeFileSync(at(root, 'nl/intro/2020-01-01.mdx'), '---\ntitle: Wie wij zijn\norder: tien\nsumary: x\n---\nTekst.\n'),
		});
		expect(error.message).toContain('**content/privacy/nl/intro/2020-01-01.mdx**: the frontmatter does not match the schema.');
		expect(error.message).toMatch(/\*\*order\*\*.*number/);
		expect(error.message).toContain('Unrecognized key: "sumary"');
		expect(error.hint).toContain('policySchema({ extend })');
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
});
