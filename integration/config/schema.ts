import { z } from 'astro/zod';

import { IsoDateSchema } from '../model/schema/version.ts';
import { LOCALE_TAG } from '../model/schema/text.ts';
import { ControllerSchema } from '../model/schema/controller.ts';

/** One statement, such as the privacy statement or the cookie statement. */
export const StatementSchema = z.strictObject({
	/** Folder name under the content base, e.g. `privacy` for `content/privacy/`. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and dashes'),
	/** URL segment the statement is served under, without slashes. Defaults to the id. */
	base: z
		.string()
		.regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'expected URL segments such as `privacy` or `legal/privacy`, without leading or trailing slashes')
		.optional(),
	/** Number the clauses and their sub-sections (`1`, `1.1`) in headings and contents: `'decimal'`; default `'none'`. */
	numbering: z.enum(['none', 'decimal']).default('none'),
	/** Show the built-in contact block at the end of each version page. `false` when a clause of the statement gives the contact details itself. Default `true`. */
	contact: z.boolean().default(true),
	/** Show an overview of all purposes ("what we process, why, on what basis, for how long") after the contents, when clauses carry `processing` facts. Default `true`. */
	overview: z.boolean().default(true),
	/**
	 * Check the statement for everything GDPR Art. 13 asks (contact details, purposes, recipients, rights, …).
	 * `false` for a statement that is not the privacy statement itself, such as a cookie statement that points
	 * to it; the checks of each purpose in its register still apply. Default `true`.
	 */
	art13: z.boolean().default(true),
	/** The controller of this statement, when it is not the top-level `controller`: a group of companies on one site. */
	controller: ControllerSchema.optional(),
});

/** UI strings per locale: `{ en: { 'toc.title': 'Contents' } }`. Keys are those of integration/locales/en.json. */
const StringsSchema = z.record(z.string(), z.record(z.string(), z.string()));

export const OptionsSchema = z
	.strictObject({
		/**
		 * The organisation behind the statements (GDPR Art. 13(1)(a)); printed in the contact block and by
		 * `<Controller />`. Required unless every statement names its own.
		 */
		controller: ControllerSchema.optional(),
		/**
		 * Statements to publish. Defaults to one statement `privacy` at `/privacy/`.
		 * Each id is a folder under `content/`.
		 */
		statements: z
			.array(StatementSchema)
			.min(1)
			.default([{ id: 'privacy', contact: true, overview: true, numbering: 'none', art13: true }]),
		/**
		 * The statement's languages, whatever the site's own `i18n` config has (Starlight's may be English only).
		 * The first is the default, served without a URL prefix unless the site prefixes its default locale
		 * (`i18n.routing.prefixDefaultLocale`). Defaults to `['nl', 'en']`.
		 */
		locales: z.array(z.string().regex(LOCALE_TAG, 'expected a language tag such as `nl` or `en`')).min(1).optional(),
		/** Override or add UI strings per locale. Locales other than `nl` and `en` must supply every key. */
		strings: StringsSchema.default({}),
		/**
		 * What a clause missing in one locale does: `error` fails the build (default); `notice` shows the clause
		 * in the language it exists in, under a visible "not yet translated" notice.
		 */
		missingTranslation: z.enum(['error', 'notice']).default('error'),
		/**
		 * Turn warnings (unlocked versions, a missing lock file, a missing `site`, GDPR Art. 13 gaps) into build errors.
		 * Recommended in CI. A locked version's gaps stay warnings: only a new version can fill them.
		 */
		strict: z.boolean().default(false),
		/**
		 * Date the build treats as today, `YYYY-MM-DD`, deciding which version is current. The
		 * `POLICY_BUILD_DATE` environment variable wins over this; both default to the real date (UTC).
		 */
		buildDate: IsoDateSchema.optional(),
		/**
		 * An Astro layout to render the policy pages in, as a path from the project root, e.g.
		 * `./src/layouts/Site.astro`. It receives the props of `StatementLayoutProps` (`title`, `lang`, `description`, `canonical`, `alternates`), the page in its default slot, and a `head` slot to render inside `<head>`.
		 */
		layout: z.string().min(1).optional(),
		/**
		 * The layout renders each page's main heading (the `heading` prop) as its `<h1>`, as Starlight's
		 * StarlightPage does, so the pages leave theirs out and the title shows once. Default `false`.
		 */
		layoutTitle: z.boolean().default(false),
		/**
		 * Your own components for parts of the pages, each a path from the project root, e.g.
		 * `{ ContactBlock: './src/components/Contact.astro' }`. Each gets the props of its type, exported from
		 * `astro-privacy`: `ContactBlockProps`, `ClauseHeadingProps`.
		 */
		components: z
			.strictObject({
				/** The contact block after the clauses: gets the controller facts of the version shown. */
				ContactBlock: z.string().min(1).optional(),
				/** A clause's heading: gets its level, anchor, title and number. */
				ClauseHeading: z.string().min(1).optional(),
			})
			.default({}),
		/**
		 * Clause-level search with Pagefind. `false` turns it off and removes all client JavaScript; an object
		 * sets how it works.
		 */
		search: z
			.union([
				z.boolean(),
				z.strictObject({
					/** `statement` (default): the box searches the statement it is on. `site`: every statement, each hit naming its statement. */
					scope: z.enum(['statement', 'site']).default('statement'),
					/**
					 * Let a Pagefind index of your own (Starlight's, say) index the policy pages too. By default the policy
					 * text is marked `data-pagefind-ignore="all"`, so it stays out of it.
					 */
					hostIndex: z.boolean().default(false),
				}),
			])
			.default(true),
	})
	.refine((o) => o.controller || o.statements.every((s) => s.controller), {
		message: 'expected the controller facts `{ name, address, email }`, here or on every statement',
		path: ['controller'],
	});

/** Options of `astroPrivacy()`, as the user writes them. */
export type AstroPrivacyUserOptions = z.input<typeof OptionsSchema>;
/** Options after defaults were applied. */
export type AstroPrivacyOptions = z.output<typeof OptionsSchema>;
