import { z } from 'astro/zod';

/** C0 controls other than tab and line breaks, and DEL: invisible to readers, and not allowed in XML (the feed). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Text a page, the feed and the lock can all carry: well-formed, visible, without control characters. */
export const TextSchema = z
	.string()
	.refine((value) => value.trim() !== '', 'expected a text, not an empty or blank one')
	.superRefine((value, context) => {
		const control = controlCharacter(value);
		if (control) context.addIssue({ code: 'custom', message: `contains the control character ${control}, which no reader can see; remove it` });
	})
	// A lone UTF-16 surrogate (an escape such as `"\ud800"` in YAML) has no UTF-8 form, so it cannot be hashed.
	.refine((value) => value.isWellFormed(), 'contains an invalid character (a lone UTF-16 surrogate)');

/** The first control character in a text, for texts no schema sees (a clause's body). */
export function controlCharacter(text: string): string | undefined {
	const index = text.search(CONTROL);
	return index < 0 ? undefined : `U+${text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A language tag as the `locales` option takes it, e.g. `nl` or `en-GB`. */
export const LOCALE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/**
 * Free text in a file that serves every language (a register file): the same words in each, such as a
 * company's name, or one text per language, `{ nl: 'de Belastingdienst', en: 'the Dutch Tax Administration' }`.
 */
export const WordsSchema = z.union([TextSchema, z.record(z.string().regex(LOCALE_TAG, 'expected a language tag such as `nl`'), TextSchema)], {
	error: 'expected a text, or one text per language such as `{ nl: …, en: … }`',
});
