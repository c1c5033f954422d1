import { z } from 'astro/zod';
import { isIsoDate } from '../dates.ts';
import { TextSchema } from './text.ts';

/** A real calendar date written as `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().refine(isIsoDate, 'expected a real date as YYYY-MM-DD');

/** An editorial correction of a published text: shown in the history, locked, never applied silently. */
export const CorrectionSchema = z.strictObject({
	/** When the correction was made, `YYYY-MM-DD`. */
	date: IsoDateSchema,
	/** The clause folder name. */
	clause: z.string().min(1),
	/** The locale of the corrected text. */
	locale: z.string().min(1),
	/** What was corrected and why, for readers of the history. */
	note: TextSchema,
});

/** A clause whose text changed in one language only, on purpose: the other languages already say the same. */
export const SingleLanguageChangeSchema = z.strictObject({
	/** The clause folder name. */
	clause: z.string().min(1),
	/** The locale whose text changed. */
	locale: z.string().min(1),
	/** Why the other languages need no change, for readers of the history, e.g. `Typo in the English text.` */
	reason: TextSchema.trim(),
});

export type SingleLanguageChange = z.output<typeof SingleLanguageChangeSchema>;
