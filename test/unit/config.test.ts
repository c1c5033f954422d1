import type { AstroConfig } from 'astro';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ControllerChangeSchema, ControllerSchema } from '../../integration/model/schema/controller.ts';
import { formatIssues, parseOrThrow, userError } from '../../integration/config/errors.ts';
import { resolveConfig } from '../../integration/config/resolve.ts';
import { OptionsSchema, StatementSchema } from '../../integration/config/schema.ts';
import en from '../../integration/locales/en.json' with { type: 'json' };

const controller = { name: 'Kanaalhost B.V.', address: ['Vaartweg 41', '3531 AB Utrecht'], email: 'privacy@kanaalhost.example' };
const astro = {
	i18n: undefined,
	site: undefined,
	base: '/',
	trailingSlash: 'ignore' as const,
	build: { format: 'directory' as const } as AstroConfig['build'],
	integrations: [],
};
const resolve = (options: unknown, command = 'build', env: { POLICY_BUILD_DATE?: string } = {}, astroConfig: Parameters<typeof resolveConfig>[1] = astro) =>
	resolveConfig(OptionsSchema.parse(options), astroConfig, command, env, new Date('2026-11-23T12:00:00Z'));

function errorOf(fn: () => unknown) {
	try {
		fn();
	} catch (error) {
		const { message, hint, stack } = error as { message: string; hint?: string; stack?: string };
		return { message, hint, stack };
	}
	throw new Error('expected an error');
}
const issues = (schema: z.ZodType, value: unknown) => {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('an error in the options or content', () => {
	it('names each offending path, the root as such, under a prefix when one is given', () => {
		expect(errorOf(() => parseOrThrow(z.string(), 5, 'thing', 'Fix it.')).message).toBe(
			'Invalid thing:\n- **(root)**: Invalid input: expected string, received number',
		);
		const error = z.strictObject({ id: z.string() }).safeParse({ id: 1, colour: 'red' }).error!;
		expect(formatIssues(error, ['statements', '0'])).toBe(
			'- **statements.0.id**: Invalid input: expected string, received number\n- **statements.0.colour**: unknown; check the spelling',
		);
		expect(parseOrThrow(z.string(), 'ok', 'thing', 'Fix it.')).toBe('ok');
	});

	it('has a message and a hint, and no stack trace pointing into this package', () => {
		expect(errorOf(() => parseOrThrow(z.string(), 5, 'thing', 'Fix it.'))).toMatchObject({ hint: 'Fix it.', stack: '' });
		expect(userError('Broken.', 'Mend it.')).toMatchObject({ message: 'Broken.', hint: 'Mend it.', stack: '' });
	});
});

describe('resolving the options', () => {
	it('takes strings for the title and description of every statement, and names the keys nothing shows', () => {
		const statements = [{ id: 'privacy' }, { id: 'terms' }];
		const terms = { 'statements.terms': 'Voorwaarden', 'descriptions.terms': 'Onze voorwaarden.' };
		expect(resolve({ controller, statements, strings: { nl: terms, en: terms } }).strings.nl!['descriptions.terms']).toBe('Onze voorwaarden.');
		const error = errorOf(() => resolve({ controller, statements, strings: { nl: terms, en: { ...terms, 'toc.titel': 'x', 'descriptions.term': 'y' } } }));
		expect(error.message).toBe('The `strings.en` option of astroPrivacy() has keys that nothing shows: `toc.titel`, `descriptions.term`.');
		expect(error.hint).toBe(
			'Use the keys of integration/locales/en.json (see "strings" on the "Options" page of the astro-privacy docs); a statement\'s title and description are `statements.<id>` and `descriptions.<id>`, for the ids in `statements` (privacy, terms).',
		);
		expect(errorOf(() => resolve({ controller, strings: { de: { 'toc.title': 'Inhalt' } } })).hint).toBe(
			"Remove them, or add the locale to the `locales` option (or to Astro's `i18n.locales`).",
		);
	});

	it('names the UI strings a locale it does not ship still lacks', () => {
		const almost = Object.fromEntries(Object.entries(en).filter(([key]) => key !== 'toc.title' && key !== 'date.locale'));
		expect(errorOf(() => resolve({ controller, locales: ['nl', 'de'], strings: { de: almost } })).message).toBe(
			'astro-privacy has no UI strings for locale `de`: missing `date.locale`, `toc.title`.',
		);
		expect(
			resolve({ controller, locales: ['nl', 'de'], strings: { de: { ...almost, 'toc.title': 'Inhalt', 'date.locale': 'de-DE' } } }).strings.de!['toc.title'],
		).toBe('Inhalt');
	});

	it('refuses two statements at the same URL', () => {
		const strings = { nl: { 'statements.cookies': 'C' }, en: { 'statements.cookies': 'C' } };
		const error = errorOf(() => resolve({ controller, statements: [{ id: 'privacy' }, { id: 'cookies', base: 'privacy' }], strings }));
		expect(error.message).toBe('astro-privacy serves two statements at overlapping URLs: `privacy` is used twice.');
		expect(error.hint).toBe('Give every statement in `statements` a `base` of its own that is not inside another one, e.g. `privacy` and `cookies`.');
		expect(resolve({ controller, statements: [{ id: 'privacy' }, { id: 'cookies', base: 'privacy-cookies' }], strings }).statements.map((s) => s.base)).toEqual(
			['privacy', 'privacy-cookies'],
		);
	});

	it('gives each statement its own controller, or the top-level one', () => {
		const own = { ...controller, name: 'Dochter B.V.' };
		const strings = { nl: { 'statements.cookies': 'C' }, en: { 'statements.cookies': 'C' } };
		expect(
			resolve({ controller, statements: [{ id: 'privacy' }, { id: 'cookies', controller: own }], strings }).statements.map((s) => s.controller.name),
		).toEqual(['Kanaalhost B.V.', 'Dochter B.V.']);
	});

	it('refuses a controller note in a locale the statement is not in, naming where it is', () => {
		const error = errorOf(() => resolve({ controller: { ...controller, note: { nl: 'Op werkdagen.', de: 'Werktags.' } } }));
		expect(error.message).toBe('The `controller.note` option of astroPrivacy() has a text for locale `de`, which the statement is not published in (nl, en).');
		expect(error.hint).toBe("Give the note in the statement's locales only, e.g. `note: { nl: '…', en: '…' }`.");
		const strings = { nl: { 'statements.cookies': 'C' }, en: { 'statements.cookies': 'C' } };
		const statements = [{ id: 'privacy' }, { id: 'cookies', controller: { ...controller, note: { fr: 'En semaine.' } } }];
		expect(errorOf(() => resolve({ controller, statements, strings })).message).toContain('The `statements[1].controller.note` option');
		expect(resolve({ controller: { ...controller, note: { nl: 'Op werkdagen.', en: 'On weekdays.' } } }).statements[0]!.controller.note).toEqual({
			nl: 'Op werkdagen.',
			en: 'On weekdays.',
		});
	});

	it('shows drafts under astro dev only', () => {
		expect(resolve({ controller }, 'dev').dev).toBe(true);
		expect(resolve({ controller }, 'build').dev).toBe(false);
	});

	it('searches the statement by default, turns search off with false, and takes an object as it is', () => {
		expect(resolve({ controller }).search).toEqual({ scope: 'statement', hostIndex: false });
		expect(resolve({ controller, search: true }).search).toEqual({ scope: 'statement', hostIndex: false });
		expect(resolve({ controller, search: false }).search).toBe(false);
		expect(resolve({ controller, search: { scope: 'site' } }).search).toEqual({ scope: 'site', hostIndex: false });
		expect(resolve({ controller, search: { hostIndex: true } }).search).toEqual({ scope: 'statement', hostIndex: true });
	});

	it('prefixes the default locale only when the site routes its locales and prefixes its own', () => {
		const manual = { defaultLocale: 'en', locales: ['en'], routing: 'manual' } as unknown as AstroConfig['i18n'];
		expect(resolve({ controller }, 'build', {}, { ...astro, i18n: manual }).prefixDefaultLocale).toBe(false);
	});

	it('ignores an empty POLICY_BUILD_DATE, and says how to set a bad one', () => {
		expect(resolve({ controller, buildDate: '2020-01-01' }, 'build', { POLICY_BUILD_DATE: '' }).buildDate).toBe('2020-01-01');
		expect(resolve({ controller }, 'build', { POLICY_BUILD_DATE: '' }).buildDate).toBe('2026-11-23');
		expect(errorOf(() => resolve({ controller }, 'build', { POLICY_BUILD_DATE: 'morgen' })).hint).toBe(
			'Set it as YYYY-MM-DD, e.g. `POLICY_BUILD_DATE=2026-01-31 npm run build`, or unset it to use today.',
		);
	});

	it('passes the rest through as Astro and the options have it', () => {
		const config = resolve(
			{ controller, missingTranslation: 'notice', strict: false, layoutTitle: true },
			'build',
			{},
			{ ...astro, site: 'https://example.nl', base: '/docs', trailingSlash: 'always' },
		);
		expect(config).toMatchObject({
			missingTranslation: 'notice',
			strict: false,
			layoutTitle: true,
			site: 'https://example.nl',
			base: '/docs',
			trailingSlash: 'always',
			format: 'directory',
		});
		expect(config.statements).toEqual([{ id: 'privacy', base: 'privacy', contact: true, overview: true, numbering: 'none', art13: true, controller }]);
	});
});

describe('the controller facts', () => {
	it('say what a country, e-mail address, VAT number or DPO should look like', () => {
		expect(issues(ControllerSchema, { ...controller, country: 'Nederland', privacyEmail: 'privacy', vat: '123', dpo: { name: 'FG', email: 'fg' } })).toEqual([
			'country: expected a two-letter country code such as `NL`',
			'privacyEmail: expected an e-mail address such as privacy@example.nl',
			'vat: expected a VAT number such as NL123456789B01',
			'dpo.email: expected an e-mail address such as privacy@example.nl',
		]);
		expect(
			issues(ControllerSchema, {
				...controller,
				country: 'NL',
				privacyEmail: 'avg@kanaalhost.example',
				vat: 'NL123456789B01',
				kvk: '12345678',
				phone: '030 123 45 67',
				dpo: { name: 'FG', email: 'fg@kanaalhost.example' },
				note: { nl: 'Op werkdagen.' },
			}),
		).toEqual([]);
	});

	it('change in a version file field by field: a new value, or null for a fact withdrawn', () => {
		expect(ControllerChangeSchema.parse({ phone: null, kvk: '87654321', address: ['Nieuweweg 2'] })).toEqual({
			phone: null,
			kvk: '87654321',
			address: ['Nieuweweg 2'],
		});
		expect(issues(ControllerChangeSchema, { kvk: '1', colour: 'red' })).toEqual(['kvk: expected the 8 digits of a KvK number', ': Unrecognized key: "colour"']);
	});
});

describe('the options schema', () => {
	it('takes statement ids and URL bases of lower-case segments, without slashes at either end', () => {
		for (const base of ['privacy', 'legal/privacy', 'a/b-2/c']) expect(issues(StatementSchema, { id: 'privacy', base }), base).toEqual([]);
		for (const base of ['/privacy', 'privacy/', 'Legal/privacy', 'legal//privacy']) {
			expect(issues(StatementSchema, { id: 'privacy', base }), base).toEqual([
				'base: expected URL segments such as `privacy` or `legal/privacy`, without leading or trailing slashes',
			]);
		}
		expect(issues(StatementSchema, { id: 'privacy policy' })).toEqual(['id: expected lower-case letters, digits and dashes']);
	});

	it('defaults to one privacy statement, with contact block and overview, unnumbered, checked for GDPR Art. 13', () => {
		const options = OptionsSchema.parse({ controller });
		expect(options).toEqual({
			controller,
			statements: [{ id: 'privacy', contact: true, overview: true, numbering: 'none', art13: true }],
			strings: {},
			missingTranslation: 'error',
			strict: false,
			layoutTitle: false,
			components: {},
			search: true,
		});
		expect(OptionsSchema.parse({ controller, statements: [{ id: 'terms' }] }).statements).toEqual([
			{ id: 'terms', contact: true, overview: true, numbering: 'none', art13: true },
		]);
		expect(StatementSchema.parse({ id: 'terms', numbering: 'decimal', contact: false, overview: false, art13: false })).toEqual({
			id: 'terms',
			numbering: 'decimal',
			contact: false,
			overview: false,
			art13: false,
		});
		expect(issues(StatementSchema, { id: 'cookies', art13: 'no' })).toEqual(['art13: Invalid input: expected boolean, received string']);
		expect(issues(StatementSchema, { id: 'terms', numbering: 'roman' })).toHaveLength(1);
		expect(StatementSchema.parse({ id: 'terms', numbering: 'none' }).numbering).toBe('none');
		expect(OptionsSchema.parse({ controller, search: { scope: 'statement' } }).search).toEqual({ scope: 'statement', hostIndex: false });
	});

	it('takes language tags as locales', () => {
		expect(issues(OptionsSchema, { controller, locales: ['nl', 'en', 'fry', 'nl-BE'] })).toEqual([]);
		for (const locale of ['NL', 'nl-be', 'nl-B', 'nl_BE', 'dutch', '1nl', 'nl-BEX']) {
			expect(issues(OptionsSchema, { controller, locales: ['nl', locale] }), locale).toEqual(['locales.1: expected a language tag such as `nl` or `en`']);
		}
	});

	it('takes a layout file, and a search of either scope', () => {
		expect(OptionsSchema.parse({ controller, layout: './src/layouts/Site.astro' }).layout).toBe('./src/layouts/Site.astro');
		expect(issues(OptionsSchema, { controller, layout: '' })).toHaveLength(1);
		expect(OptionsSchema.parse({ controller, search: { scope: 'site', hostIndex: true } }).search).toEqual({ scope: 'site', hostIndex: true });
		expect(OptionsSchema.parse({ controller, search: {} }).search).toEqual({ scope: 'statement', hostIndex: false });
		expect(issues(OptionsSchema, { controller, search: { scope: 'page' } })).toHaveLength(1);
	});
});
