import i18next, { type TFunction } from 'i18next';

export type Translate = TFunction;

/** One i18next instance per set of resources; `t` is bound to a locale and formats dates with Intl. */
export function createTranslators(strings: Record<string, Record<string, string>>) {
	const instance = i18next.createInstance();
	instance.init({
		initAsync: false,
		resources: Object.fromEntries(Object.entries(strings).map(([lng, translation]) => [lng, { translation }])),
		// Keys contain dots (`toc.title`); resources are flat.
		keySeparator: false,
		// Astro escapes what it renders; escaping here would double-escape.
		interpolation: { escapeValue: false },
		returnNull: false,
	});
	return (locale: string): Translate => instance.getFixedT(locale);
}

// Intl formatters cost far more to make than to use: one per locale (and kind) for the whole build.
const formatters = new Map<string, unknown>();
function formatter<T>(key: string, make: () => T): T {
	let value = formatters.get(key) as T | undefined;
	if (!value) formatters.set(key, (value = make()));
	return value;
}

/** `1 januari 2019` / `1 January 2019`. UTC, or the date shifts by a day west of Greenwich. */
export function formatDate(isoDate: string, locale: string): string {
	return formatter(`date/${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The name of a language in another language: `languageName('en', 'nl')` is `Engels`. */
export function languageName(code: string, inLocale: string): string {
	return formatter(`language/${inLocale}`, () => new Intl.DisplayNames([inLocale], { type: 'language' })).of(code) ?? code;
}

/** The name of a country: `regionName('US', 'nl')` is `Verenigde Staten`. */
export function regionName(code: string, inLocale: string): string {
	return formatter(`region/${inLocale}`, () => new Intl.DisplayNames([inLocale], { type: 'region' })).of(code) ?? code;
}

/** A length of time in words: `{ years: 7 }` is `7 jaar` in Dutch. */
export function formatPeriod(period: Partial<Record<Intl.DurationFormatUnit, number>>, locale: string): string {
	return formatter(`period/${locale}`, () => new Intl.DurationFormat(locale, { style: 'long' })).format(period);
}

/** `a, b en c` / `a, b and c`. */
export function formatList(items: string[], locale: string): string {
	return formatter(`list/${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
