import { userError } from './errors.ts';
import type { AstroConfig } from 'astro';
import type { Controller } from '../model/schema/controller.ts';
import type { AstroPrivacyOptions } from './schema.ts';
import { bundledStrings, missingStringKeys } from '../i18n/strings.ts';
import { isIsoDate, isoDay } from '../model/dates.ts';
import { runRequestOf, type RunRequest } from './run.ts';

/** Everything the loader, routes and components need at runtime; serialised into `virtual:astro-privacy/config`. */
export interface ResolvedConfig {
	statements: { id: string; base: string; contact: boolean; overview: boolean; numbering: 'none' | 'decimal'; art13: boolean; controller: Controller }[];
	defaultLocale: string;
	/** The site prefixes its default locale (`i18n.routing.prefixDefaultLocale`), so the statement does too. */
	prefixDefaultLocale: boolean;
	locales: string[];
	strings: Record<string, Record<string, string>>;
	missingTranslation: AstroPrivacyOptions['missingTranslation'];
	strict: boolean;
	layoutTitle: boolean;
	buildDate: string;
	/** `true` under `astro dev`: drafts are shown. */
	dev: boolean;
	/** `false` when search is off. */
	search: false | { scope: 'statement' | 'site'; hostIndex: boolean };
	site: string | undefined;
	base: string;
	trailingSlash: AstroConfig['trailingSlash'];
	/** Astro's `build.format`: with `file` and `preserve`, pages are `privacy.html` and links have no trailing slash. */
	format: AstroConfig['build']['format'];
	/** The site uses Starlight, whose catch-all route would publish a docs page under a statement URL unnoticed. */
	starlight: boolean;
	/** What this build is for: an ordinary build, or the lock or verify command's. */
	run: RunRequest;
}

/** Without `site`, the pages can only link to themselves root-relative, and feeds have no stable ids. */
export const MISSING_SITE =
	"astro-privacy needs the site's address: without `site`, canonical and hreflang links are root-relative and the Atom feed's ids and links point at the build machine.";
export const SITE_HINT = "Set `site` in astro.config.mjs to the address the statement is published at, e.g. `site: 'https://www.example.nl'`.";

/** A string for a locale the site does not have, or under a key nothing reads, would never be shown. */
function checkStringKeys(options: AstroPrivacyOptions, locales: string[]) {
	const ids = options.statements.map((d) => d.id);
	const known = new Set([...Object.keys(bundledStrings.en!), ...ids.flatMap((id) => [`statements.${id}`, `descriptions.${id}`])]);
	for (const [locale, entries] of Object.entries(options.strings)) {
		if (!locales.includes(locale)) {
			throw userError(
				`The \`strings\` option of astroPrivacy() has texts for locale \`${locale}\`, which the statement is not published in (${locales.join(', ')}).`,
				"Remove them, or add the locale to the `locales` option (or to Astro's `i18n.locales`).",
			);
		}
		const unknown = Object.keys(entries).filter((key) => !known.has(key));
		if (unknown.length > 0) {
			throw userError(
				`The \`strings.${locale}\` option of astroPrivacy() has ${unknown.length > 1 ? 'keys' : 'a key'} that nothing shows: ${unknown.map((k) => `\`${k}\``).join(', ')}.`,
				`Use the keys of integration/locales/en.json (see "strings" on the "Options" page of the astro-privacy docs); a statement's title and description are \`statements.<id>\` and \`descriptions.<id>\`, for the ids in \`statements\` (${ids.join(', ')}).`,
			);
		}
	}
}

export function resolveConfig(
	options: AstroPrivacyOptions,
	astro: Pick<AstroConfig, 'i18n' | 'site' | 'base' | 'trailingSlash' | 'build' | 'integrations'>,
	command: string,
	env: { POLICY_BUILD_DATE?: string | undefined },
	today: Date,
): ResolvedConfig {
	const { defaultLocale, locales, prefixDefaultLocale } = resolveLocales(options, astro.i18n);
	checkStringKeys(options, locales);
	for (const [where, controller] of [
		['controller', options.controller],
		...options.statements.map((s, i) => [`statements[${i}].controller`, s.controller] as const),
	] as const) {
		const foreign = Object.keys(controller?.note ?? {}).find((locale) => !locales.includes(locale));
		if (foreign)
			throw userError(
				`The \`${where}.note\` option of astroPrivacy() has a text for locale \`${foreign}\`, which the statement is not published in (${locales.join(', ')}).`,
				"Give the note in the statement's locales only, e.g. `note: { nl: '…', en: '…' }`.",
			);
	}
	const strings: ResolvedConfig['strings'] = {};
	for (const locale of locales) {
		strings[locale] = { ...bundledStrings[locale], ...options.strings[locale] };
		const missing = missingStringKeys(strings[locale]);
		if (missing.length > 0) {
			throw userError(
				`astro-privacy has no UI strings for locale \`${locale}\`: missing ${missing.map((k) => `\`${k}\``).join(', ')}.`,
				`Add them under \`strings.${locale}\` in the astroPrivacy() options; integration/locales/en.json has every key with its English text.`,
			);
		}
	}
	const bases = options.statements.map((d) => d.base ?? d.id);
	for (const [i, base] of bases.entries()) {
		const other = bases.find((b, j) => j !== i && (b === base || base.startsWith(`${b}/`)));
		if (other) {
			throw userError(
				`astro-privacy serves two statements at overlapping URLs: \`${base}\` ${other === base ? 'is used twice' : `lies inside \`${other}\``}.`,
				'Give every statement in `statements` a `base` of its own that is not inside another one, e.g. `privacy` and `cookies`.',
			);
		}
	}
	for (const { id } of options.statements) {
		const untitled = locales.find((locale) => !strings[locale]![`statements.${id}`]);
		if (untitled) {
			throw userError(
				`astro-privacy has no title for statement \`${id}\` in locale \`${untitled}\`.`,
				`Name it in the astroPrivacy() options: \`strings: { ${untitled}: { 'statements.${id}': '…' } }\`, and likewise for every other locale.`,
			);
		}
	}
	if (!astro.site && options.strict) throw userError(MISSING_SITE, SITE_HINT);
	return {
		statements: options.statements.map((d) => ({
			id: d.id,
			base: d.base ?? d.id,
			contact: d.contact,
			overview: d.overview,
			numbering: d.numbering,
			art13: d.art13,
			// The schema made sure one of the two is there.
			controller: (d.controller ?? options.controller)!,
		})),
		defaultLocale,
		locales,
		prefixDefaultLocale,
		strings,
		missingTranslation: options.missingTranslation,
		strict: options.strict,
		layoutTitle: options.layoutTitle,
		buildDate: resolveBuildDate(env.POLICY_BUILD_DATE, options.buildDate, today),
		dev: command === 'dev',
		search: options.search === true ? { scope: 'statement', hostIndex: false } : options.search,
		site: astro.site,
		base: astro.base,
		trailingSlash: astro.trailingSlash,
		format: astro.build.format,
		starlight: astro.integrations.some((i) => i.name === '@astrojs/starlight'),
		run: runRequestOf(astro.integrations),
	};
}

/**
 * The statement's own locales: the `locales` option, the first the default, or Dutch and English. The
 * site's i18n config does not limit them (Starlight declares English only); its routing decides only
 * whether the default locale gets a URL prefix too, as the site's own pages do.
 */
function resolveLocales(options: AstroPrivacyOptions, i18n: AstroConfig['i18n']) {
	const locales = [...new Set(options.locales ?? ['nl', 'en'])];
	const prefixDefaultLocale = !!i18n && i18n.routing !== 'manual' && i18n.routing.prefixDefaultLocale;
	return { defaultLocale: locales[0]!, locales, prefixDefaultLocale };
}

function resolveBuildDate(fromEnv: string | undefined, fromOptions: string | undefined, today: Date): string {
	if (fromEnv !== undefined && fromEnv !== '') {
		if (!isIsoDate(fromEnv)) {
			throw userError(
				`POLICY_BUILD_DATE is \`${fromEnv}\`, which is not a date.`,
				'Set it as YYYY-MM-DD, e.g. `POLICY_BUILD_DATE=2026-01-31 npm run build`, or unset it to use today.',
			);
		}
		return fromEnv;
	}
	return fromOptions ?? isoDay(today);
}
