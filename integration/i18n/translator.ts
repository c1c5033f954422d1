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

// Intl formatters cost far more to make than to use: one per locale for the whole build.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();

/** `1 januari 2019` / `1 January 2019`. UTC, or the date shifts by a day west of Greenwich. */
export function formatDate(isoDate: string, locale: string): string {
	let format = dateFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		dateFormats.set(locale, format);
	}
	return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The name of a language in another language: `languageName('en', 'nl')` is `Engels`. */
export function languageName(code: string, inLocale: string): string {
	let names = languageNames.get(inLocale);
	if (!names) {
		names = new Intl.DisplayNames([inLocale], { type: 'language' });
		languageNames.set(inLocale, names);
	}
	return names.of(code) ?? code;
}
