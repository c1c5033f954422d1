import { userError } from '../config/errors.ts';
import { z } from 'astro/zod';
import { ControllerChangeSchema } from '../model/schema/controller.ts';
import { CLAUSE_ID } from '../model/paths.ts';
import { COVERED_ITEMS } from '../model/vocabulary.ts';
import { ProcessingSchema, RegisterProcessingSchema } from '../model/schema/processing.ts';
import { RegisterSchema } from '../model/schema/register.ts';
import { CorrectionSchema, SingleLanguageChangeSchema } from '../model/schema/version.ts';
import { TextSchema } from '../model/schema/text.ts';

/** Frontmatter of a clause text, `content/<statement>/<locale>/<clause>/<version>.mdx`. */
export const ClauseFrontmatterSchema = z.strictObject({
	/** Heading of the clause, e.g. `Bewaartermijnen`. */
	title: TextSchema,
	/** Position in the statement; clauses are sorted by it. Use gaps (10, 20, 30) so a clause can be inserted later. */
	order: z.number().int('expected a whole number'),
	/** Optional plain-language summary, shown in a highlighted box above the clause text. */
	summary: TextSchema.optional(),
	/**
	 * The section this clause belongs to: the folder name of another clause. The clause is shown (and
	 * numbered, with `numbering: 'decimal'`) under it, one heading level down; its own anchor stays its id.
	 */
	parent: z.string().regex(CLAUSE_ID, 'expected the folder name of another clause, e.g. `data`').optional(),
	/** The statement's opening text: shown before the contents, without its title, and never numbered. */
	intro: z.literal(true).optional(),
	/** A purpose of processing: its data, legal basis, retention, recipients and transfers (see "The processing register" in the docs). */
	processing: ProcessingSchema.optional(),
	/**
	 * GDPR Art. 13 items this clause states, for the completeness checks: `contact`, `dpo`, `purposes`,
	 * `legitimate-interests`, `recipients`, `transfers` (also to say there are none), `retention`, the rights
	 * by name (`access`, `rectification`, `erasure`, `restriction`, `portability`, `objection`), `withdrawal`,
	 * `complaint`, `requirement`, `automated-decisions`. `rights` stands for all six in a locked version; in a
	 * version not yet locked, the checks ask to name them.
	 */
	covers: z.array(z.enum(COVERED_ITEMS)).optional(),
});

/** A version file, `content/<statement>/versions/<YYYY-MM-DD>.yaml`. The file name is the effective date. */
export const VersionSchema = z.strictObject({
	/** One-line summary of the change per locale: `{ nl: '...', en: '...' }`. Every locale is required. */
	summary: z.record(z.string(), TextSchema),
	/** A draft is shown by `astro dev` only and left out of every built page, feed and index. */
	draft: z.boolean().default(false),
	/** Material change (new purposes, recipients or transfers): announced on the current page before it takes effect. */
	material: z.boolean().default(false),
	/** Clause ids (folder names) this version removes. */
	removes: z.array(z.string()).default([]),
	/** Editorial corrections of texts introduced in this version. Locked: entries can be added, never changed or removed. */
	corrections: z.array(CorrectionSchema).default([]),
	/** Clauses this version changes in one language only; any other one-language change fails the build. */
	singleLanguage: z.array(SingleLanguageChangeSchema).default([]),
	/** Controller facts that change in this version; earlier versions keep showing the facts they showed. */
	controller: ControllerChangeSchema.optional(),
	/**
	 * Show (`true`) or leave out (`false`) the built-in contact block from this version on, instead of what
	 * `statements[].contact` says: for a version whose own clause now gives the contact details, or no longer does.
	 */
	contact: z.boolean().optional(),
});

/**
 * The collection schema. Pass `extend` to add your own frontmatter fields to clauses, and `processing`
 * to add fields to the register facts of a purpose (in register files and in frontmatter alike):
 * `statementSchema({ extend: z.object({ reviewer: z.string() }), processing: z.object({ dpia: z.boolean() }) })`.
 */
// An empty shape is what `z.object({})` has: nothing added unless the site extends it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function statementSchema<T extends z.ZodObject = z.ZodObject<{}>, P extends z.ZodObject = z.ZodObject<{}>>(options: { extend?: T; processing?: P } = {}) {
	const clash = [
		...Object.keys(options.extend?.shape ?? {}).filter((key) => key in ClauseFrontmatterSchema.shape || key === 'kind'),
		...Object.keys(options.processing?.shape ?? {}).filter((key) => key in ProcessingSchema.shape).map((key) => `processing.${key}`),
	];
	if (clash.length > 0) {
		throw userError(`statementSchema() redefines ${clash.map((k) => `\`${k}\``).join(', ')}, which astro-privacy reads and locks itself.`, 'Give your own fields other names in src/content.config.ts.');
	}
	const processing = ProcessingSchema.extend(options.processing?.shape ?? {}).optional();
	const clause = ClauseFrontmatterSchema.extend({ kind: z.literal('clause'), processing, ...(options.extend?.shape ?? {}) });
	const version = VersionSchema.extend({ kind: z.literal('version') });
	const facts = RegisterProcessingSchema.extend(options.processing?.shape ?? {});
	const register = RegisterSchema.extend({
		kind: z.literal('register'),
		processing: facts.optional(),
		purposes: z.array(facts.required({ purpose: true })).min(2, 'expected two purposes or more; one goes under `processing`').optional(),
	});
	return z.discriminatedUnion('kind', [clause as typeof clause & z.ZodObject<T['shape']>, version, register]);
}

export type ClauseFrontmatter = z.output<typeof ClauseFrontmatterSchema>;
export type VersionFrontmatter = z.output<typeof VersionSchema>;
export type { RegisterFacts } from '../model/schema/register.ts';
