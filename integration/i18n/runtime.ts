import config from 'virtual:astro-privacy/config';
import { createTranslators, formatDate, formatList, formatPeriod, languageName, regionName } from './translator.ts';

const translators = createTranslators(config.strings);
const kits = new Map<string, ReturnType<typeof makeKit>>();

function makeKit(locale: string) {
	const translate = translators(locale);
	// A build asks for the same strings, with the same dates and counts, on page after page; i18next is not free.
	const texts = new Map<string, string>();
	const t = (key: string, options?: Record<string, unknown>): string => {
		const id = options ? `${key}\0${JSON.stringify(options)}` : key;
		let text = texts.get(id);
		if (text === undefined) texts.set(id, (text = String(translate(key, options as never))));
		return text;
	};
	const dates = new Map<string, string>();
	return {
		locale,
		t,
		/** Whether the strings have this key, for texts with a fallback (a statement's description). */
		has: (key: string) => key in (config.strings[locale] ?? {}),
		// English dates are written the European way, `1 January 2019`, unless the strings say otherwise.
		date: (isoDate: string) => {
			let text = dates.get(isoDate);
			if (text === undefined) dates.set(isoDate, (text = formatDate(isoDate, t('date.locale'))));
			return text;
		},
		language: (code: string) => languageName(code, locale),
		region: (code: string) => regionName(code, locale),
		period: (period: Partial<Record<Intl.DurationFormatUnit, number>>) => formatPeriod(period, locale),
		list: (items: string[]) => formatList(items, locale),
	};
}

/** Everything a component needs to speak one locale; one per locale for the whole build. */
export function useLocale(locale: string) {
	let kit = kits.get(locale);
	if (!kit) kits.set(locale, (kit = makeKit(locale)));
	return kit;
}

export type LocaleKit = ReturnType<typeof useLocale>;
