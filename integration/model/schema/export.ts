import { z } from 'astro/zod';
import { ControllerSchema } from './controller.ts';
import { ProcessingSchema } from './processing.ts';
import { CookieSchema } from './register.ts';
import { CorrectionSchema } from './version.ts';
import { FINGERPRINT_ALGORITHM } from '../record.ts';
import { ISO_DATE } from '../dates.ts';

const Sha256 = z
	.string()
	.regex(/^[0-9a-f]{64}$/)
	.describe('SHA-256 in hex');
const IsoDate = z.string().regex(ISO_DATE).describe('A date, YYYY-MM-DD');
/** Keyed by locale, e.g. `nl`. */
const PerLocale = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

/** One clause as a version shows it. */
const ClauseExportSchema = z.strictObject({
	id: z.string().describe('The clause id: its folder name, and its anchor on the page.'),
	parent: z.string().nullable().describe('The section it is part of, or `null` at the top level.'),
	intro: z.boolean().describe("The statement's opening text, shown without a heading."),
	texts: PerLocale(z.strictObject({ title: z.string(), version: IsoDate, sha256: Sha256 })).describe(
		'Per locale: the text in force, the version it was written for (the date the clause was last changed in that language, as its pages show it), and the SHA-256 of its file.',
	),
	processing: PerLocale(z.union([ProcessingSchema.loose(), z.array(ProcessingSchema.loose()).min(2)]))
		.optional()
		.describe(
			'Per locale: the register facts of this purpose, or a list for a clause of several purposes, each with its `purpose` name (free text in that language).',
		),
	cookies: PerLocale(z.array(CookieSchema)).optional().describe('Per locale: the cookies this clause lists (free text in that language).'),
});

/** What a version is, shows and is fingerprinted as. */
const VersionExportSchema = z.strictObject({
	id: IsoDate.describe("The effective date, which is the version's id."),
	status: z.enum(['current', 'earlier', 'upcoming']),
	material: z.boolean().describe('A material change: announced before it takes effect.'),
	until: IsoDate.nullable().describe('The last day in force, for an earlier version.'),
	summary: PerLocale(z.string()).describe('One line per locale on what changed.'),
	urls: PerLocale(z.string()).describe("The version's permanent page per locale."),
	fingerprint: Sha256.describe('The fingerprint printed on the version page: store it with a consent to prove which text was agreed to.'),
	controller: ControllerSchema.loose().describe('The controller facts the version shows.'),
	clauses: z.array(ClauseExportSchema),
	digests: z
		.strictObject({
			record: Sha256,
			controller: Sha256,
			texts: z.record(z.string().regex(/^[^/]+\/[^/]+$/), Sha256).describe('`<locale>/<clause>` for a clause text, `register/<clause>` for its register file.'),
			sources: z.record(z.string(), IsoDate),
			corrections: z.array(CorrectionSchema),
		})
		.describe('The digests the fingerprint is computed from, as the lock file has them; `astro-privacy-verify --against` compares them.'),
});

/** `/<base>/policy.json`: every published version of one statement, its texts' digests and its register. */
export const PolicyExportSchema = z.strictObject({
	algorithm: z.literal(FINGERPRINT_ALGORITHM).describe('How fingerprints are computed; a different algorithm is never compared.'),
	statement: z.string().describe('The statement id, e.g. `privacy`.'),
	current: IsoDate.nullable().describe('The version in force when the site was built, if any.'),
	locales: z.array(z.string()),
	versions: z.array(VersionExportSchema).describe('Oldest first; drafts are never included.'),
});

export type PolicyExport = z.output<typeof PolicyExportSchema>;
