import { z } from 'astro/zod';
import { COOKIE_CATEGORIES } from '../vocabulary.ts';
import { RegisterProcessingSchema } from './processing.ts';
import { TextSchema, WordsSchema } from './text.ts';

const positive = z.number().int().positive().optional();

/** How long a cookie stays on the device: `session` (until the browser closes), or a length such as `{ months: 13 }`. */
const LifetimeSchema = z.union(
	[
		z.literal('session'),
		z
			.strictObject({ years: positive, months: positive, weeks: positive, days: positive, hours: positive, minutes: positive })
			.refine((p) => Object.keys(p).length > 0, 'expected a length such as `{ months: 13 }`'),
	],
	{ error: 'expected `session`, or a length such as `{ months: 13 }` or `{ minutes: 30 }`' },
);

/** One cookie or similar tracker (local storage, a pixel), as the cookie table lists it (Telecommunicatiewet art. 11.7a). */
const cookieSchema = <T extends z.ZodType<string | Record<string, string>>>(Text: T) =>
	z.strictObject({
		/** Its name as the browser stores it, e.g. `_pk_id.*`. */
		name: TextSchema,
		/** Who places and reads it: the site itself or a third party, e.g. `Google Ireland Ltd.`. */
		provider: Text,
		/** What it is for, in words, e.g. `{ nl: 'Onthoudt uw taalkeuze.', en: 'Remembers your choice of language.' }`. */
		purpose: Text,
		/** `functional` (needed for the service asked for), `analytics` or `marketing`. */
		category: z.enum(COOKIE_CATEGORIES),
		/** How long it stays: `session`, or a length such as `{ months: 13 }`. */
		lifetime: LifetimeSchema,
		/** Whether it is placed only after the visitor consents. Marketing cookies need consent (art. 11.7a Tw). */
		consent: z.boolean(),
	});

/** A cookie as a page in one language shows it. */
export const CookieSchema = cookieSchema(TextSchema);

/**
 * A register file, `content/<statement>/register/<clause>/<version>.yaml`: the facts of one clause, written
 * once for every language and in force from that version until a later register file of the clause. Free
 * text is the same in every language or given per language, `{ nl: …, en: … }`.
 */
export const RegisterSchema = z.strictObject({
	/** The facts of the purpose the clause describes: its data, legal bases, retention, recipients and transfers. */
	processing: RegisterProcessingSchema.optional(),
	/** For a clause that describes several purposes ("contact form and newsletter"): the facts of each, each with its `purpose` name. */
	purposes: z
		.array(RegisterProcessingSchema.required({ purpose: true }))
		.min(2, 'expected two purposes or more; one goes under `processing`')
		.optional(),
	/** The cookies and similar trackers the clause is about, shown as a table under it. */
	cookies: z.array(cookieSchema(WordsSchema)).min(1, 'expected at least one cookie').optional(),
});

export type Cookie = z.output<typeof CookieSchema>;
/** A register file as written: free text possibly per language. */
export type RegisterFacts = z.output<typeof RegisterSchema>;
