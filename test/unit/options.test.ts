import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import astroPrivacy from '../../integration/index.ts';
import { resolveConfig } from '../../integration/config/resolve.ts';
import { OptionsSchema } from '../../integration/config/schema.ts';
import { ClauseFrontmatterSchema, statementSchema } from '../../integration/content/schema.ts';
import { layoutFile } from '../../integration/routes/entrypoints.ts';
import { z } from 'astro/zod';

const controller = { name: 'Kanaalhost B.V.', address: ['Vaartweg 41', '3531 AB Utrecht'], email: 'privacy@kanaalhost.example' };
const astro = {
	i18n: undefined,
	site: undefined,
	base: '/',
	trailingSlash: 'ignore' as const,
	build: { format: 'directory' as const } as AstroConfig['build'],
	integrations: [],
};

function errorOf(fn: () => unknown) {
	try {
		fn();
	} catch (error) {
		const { name, message, hint } = error as { name: string; message: string; hint?: string };
		return { name, message, hint };
	}
	throw new Error('expected an error');
}

describe('astroPrivacy() options', () => {
	it('reports every bad option with its path and a hint', () => {
		const error = errorOf(() =>
			astroPrivacy({
				controller: { ...controller, email: 'not-an-email', kvk: '1234', colour: 'red' } as never,
				missingTranslation: 'ignore' as never,
				statements: [{ id: 'Privacy Policy' }],
			}),
		);
		expect(error).toMatchSnapshot();
	});

	it('requires the controller, at the top or on every statement', () => {
		expect(errorOf(() => astroPrivacy({} as never)).message).toContain('**controller**: expected the controller facts');
		expect(() => astroPrivacy({ statements: [{ id: 'privacy', controller }] })).not.toThrow();
		expect(errorOf(() => astroPrivacy({ statements: [{ id: 'privacy', controller }, { id: 'cookies' }] })).message).toContain(
			'**controller**: expected the controller facts `{ name, address, email }`, here or on every statement',
		);
		const postal = { name: 'X B.V.', email: 'x@x.example' };
		expect(errorOf(() => astroPrivacy({ controller: postal as never })).message).toContain(
			'**controller.address**: expected an `address` or a `postalAddress`',
		);
		expect(() => astroPrivacy({ controller: { ...postal, postalAddress: ['Postbus 1'] } })).not.toThrow();
	});

	it('defaults to Dutch without prefix and English under /en/', () => {
		const config = resolveConfig(OptionsSchema.parse({ controller }), astro, 'build', {}, new Date('2026-11-23T12:00:00Z'));
		expect(config).toMatchObject({
			defaultLocale: 'nl',
			locales: ['nl', 'en'],
			buildDate: '2026-11-23',
			statements: [{ id: 'privacy', base: 'privacy' }],
			dev: false,
		});
	});

	it("has locales of its own, whatever the site's i18n config lists (Starlight's English only, object locales)", () => {
		const englishOnly = { defaultLocale: 'en', locales: ['en'], routing: { prefixDefaultLocale: false } } as unknown as AstroConfig['i18n'];
		expect(resolveConfig(OptionsSchema.parse({ controller }), { ...astro, i18n: englishOnly }, 'build', {}, new Date())).toMatchObject({
			defaultLocale: 'nl',
			locales: ['nl', 'en'],
		});
		const objects = {
			defaultLocale: 'nederlands',
			locales: [{ path: 'nederlands', codes: ['nl'] }, 'en'],
			routing: { prefixDefaultLocale: false },
		} as unknown as AstroConfig['i18n'];
		expect(resolveConfig(OptionsSchema.parse({ controller, locales: ['en', 'nl'] }), { ...astro, i18n: objects }, 'build', {}, new Date())).toMatchObject({
			defaultLocale: 'en',
			locales: ['en', 'nl'],
		});
	});

	it('prefixes the default locale when the site prefixes its own', () => {
		const i18n = { defaultLocale: 'en', locales: ['en'], routing: { prefixDefaultLocale: true } } as unknown as AstroConfig['i18n'];
		expect(resolveConfig(OptionsSchema.parse({ controller }), { ...astro, i18n }, 'build', {}, new Date()).prefixDefaultLocale).toBe(true);
		expect(resolveConfig(OptionsSchema.parse({ controller }), astro, 'build', {}, new Date()).prefixDefaultLocale).toBe(false);
	});

	it('asks for every UI string of a locale it does not ship', () => {
		const error = errorOf(() => resolveConfig(OptionsSchema.parse({ controller, locales: ['nl', 'de'] }), astro, 'build', {}, new Date()));
		expect(error.message).toContain('no UI strings for locale `de`');
		expect(error.hint).toContain('strings.de');
	});

	it('asks for the title of a statement it has no title for, in every locale', () => {
		const error = errorOf(() =>
			resolveConfig(
				OptionsSchema.parse({ controller, statements: [{ id: 'terms' }], strings: { en: { 'statements.terms': 'Terms' } } }),
				astro,
				'build',
				{},
				new Date(),
			),
		);
		expect(error.message).toContain('no title for statement `terms` in locale `nl`');
		expect(error.hint).toContain("strings: { nl: { 'statements.terms': '…' } }");
	});

	it('lets POLICY_BUILD_DATE win and rejects a bad one', () => {
		const options = OptionsSchema.parse({ controller, buildDate: '2020-01-01' });
		expect(resolveConfig(options, astro, 'build', { POLICY_BUILD_DATE: '2025-05-05' }, new Date()).buildDate).toBe('2025-05-05');
		expect(resolveConfig(options, astro, 'build', {}, new Date()).buildDate).toBe('2020-01-01');
		expect(errorOf(() => resolveConfig(options, astro, 'build', { POLICY_BUILD_DATE: 'tomorrow' }, new Date())).message).toContain('POLICY_BUILD_DATE');
		expect(errorOf(() => resolveConfig(options, astro, 'build', { POLICY_BUILD_DATE: '2024-02-30' }, new Date())).message).toContain(
			'`2024-02-30`, which is not a date',
		);
	});

	it('refuses strings nothing would show: an unknown key, or a locale the statement is not in', () => {
		const typo = errorOf(() =>
			resolveConfig(OptionsSchema.parse({ controller, strings: { en: { 'toc.titel': 'Contents' } } }), astro, 'build', {}, new Date()),
		);
		expect(typo.message).toContain('The `strings.en` option of astroPrivacy() has a key that nothing shows: `toc.titel`.');
		expect(typo.hint).toContain('statements.<id>');
		const otherStatement = errorOf(() =>
			resolveConfig(OptionsSchema.parse({ controller, strings: { nl: { 'statements.cookie': 'Koekjes' } } }), astro, 'build', {}, new Date()),
		);
		expect(otherStatement.message).toContain('`statements.cookie`');
		const locale = errorOf(() =>
			resolveConfig(OptionsSchema.parse({ controller, strings: { de: { 'toc.title': 'Inhalt' } } }), astro, 'build', {}, new Date()),
		);
		expect(locale.message).toContain('has texts for locale `de`, which the statement is not published in (nl, en)');
		expect(
			resolveConfig(
				OptionsSchema.parse({ controller, strings: { en: { 'toc.title': 'Index', 'descriptions.privacy': 'Ours.' } } }),
				astro,
				'build',
				{},
				new Date(),
			).strings.en!['toc.title'],
		).toBe('Index');
	});

	it('names a `layout` file that does not exist', () => {
		const error = errorOf(() => layoutFile('./src/layouts/Missing.astro', new URL('file:///site/')));
		expect(error.message).toContain(
			'The `layout` option of astroPrivacy() names ./src/layouts/Missing.astro, and there is no such file (looked for /site/src/layouts/Missing.astro).',
		);
		expect(layoutFile(undefined, new URL('file:///site/'))).toMatch(/DefaultLayout\.astro$/);
	});

	it('needs `site` with `strict`, and resolves without it otherwise (the build warns)', () => {
		const error = errorOf(() => resolveConfig(OptionsSchema.parse({ controller, strict: true }), astro, 'build', {}, new Date()));
		expect(error.message).toContain("needs the site's address");
		expect(error.hint).toContain("site: 'https://www.example.nl'");
		expect(resolveConfig(OptionsSchema.parse({ controller }), astro, 'build', {}, new Date()).site).toBeUndefined();
		expect(resolveConfig(OptionsSchema.parse({ controller, strict: true }), { ...astro, site: 'https://www.example.nl' }, 'build', {}, new Date()).site).toBe(
			'https://www.example.nl',
		);
	});

	it("refuses two statements at overlapping URLs, where one would replace the other's pages", () => {
		const statements = [{ id: 'privacy' }, { id: 'cookies', base: 'privacy/2020-01-01' }];
		const error = errorOf(() =>
			resolveConfig(
				OptionsSchema.parse({ controller, statements, strings: { nl: { 'statements.cookies': 'C' }, en: { 'statements.cookies': 'C' } } }),
				astro,
				'build',
				{},
				new Date(),
			),
		);
		expect(error.message).toContain('`privacy/2020-01-01` lies inside `privacy`');
	});

	it('rejects impossible dates in options and version files', () => {
		expect(errorOf(() => astroPrivacy({ controller, buildDate: '2024-02-30' })).message).toContain('**buildDate**: expected a real date as YYYY-MM-DD');
		const correction = { date: '2025-13-01', clause: 'retention', locale: 'en', note: 'Typo.' };
		expect(statementSchema().safeParse({ kind: 'version', summary: {}, corrections: [correction] }).success).toBe(false);
	});
});

describe('clause frontmatter', () => {
	it('rejects unknown fields and wrong types', () => {
		const result = ClauseFrontmatterSchema.safeParse({ title: '', order: 1.5, titel: 'Bewaartermijnen' });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toMatchSnapshot();
	});

	it('cannot be extended to redefine a field the package reads and locks', () => {
		expect(() => statementSchema({ extend: z.object({ title: z.string().transform((t) => t.toUpperCase()) }) })).toThrow('statementSchema() redefines `title`');
	});

	it('can be extended with fields of the site', () => {
		const schema = statementSchema({ extend: z.object({ reviewer: z.string() }) });
		expect(schema.parse({ kind: 'clause', title: 'Rechten', order: 10, reviewer: 'Jan' })).toMatchObject({ reviewer: 'Jan' });
		expect(schema.safeParse({ kind: 'clause', title: 'Rechten', order: 10 }).success).toBe(false);
		expect(schema.parse({ kind: 'version', summary: { nl: 'a', en: 'b' } })).toMatchObject({ draft: false, removes: [] });
	});
});
