import config from 'virtual:astro-privacy/config';
import { createTranslators, formatDate, languageName } from './translator.ts';

const translators = createTranslators(config.strings);

/** Everything a component needs to speak one locale. */
export function useLocale(locale: string) {
	const t = translators(locale);
	return {
		locale,
		t,
		// English dates are written the European way, `1 January 2019`, unless the strings say otherwise.
		date: (isoDate: string) => formatDate(isoDate, t('date.locale')),
		language: (code: string) => languageName(code, locale),
	};
}

export type LocaleKit = ReturnType<typeof useLocale>;
