import { z } from 'astro/zod';
import { TextSchema, WordsSchema } from './text.ts';
import { DATA_CATEGORIES, LEGAL_BASES, PURPOSE_CATEGORIES, RECIPIENT_ROLES, REQUIREMENTS, TRANSFER_SAFEGUARDS } from '../vocabulary.ts';

const keys = <T extends object>(vocabulary: T) => Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];

/** EU member states plus Iceland, Liechtenstein and Norway: data sent there is not a transfer. */
const EEA = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' '));
const regions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

/** A length of time; at least one part. Printed in each language with `Intl.DurationFormat`. */
const PeriodSchema = z
	.strictObject({
		years: z.number().int().positive().optional(),
		months: z.number().int().positive().optional(),
		weeks: z.number().int().positive().optional(),
		days: z.number().int().positive().optional(),
	})
	.refine((p) => Object.keys(p).length > 0, 'expected a length such as `{ years: 7 }` or `{ months: 6 }`');

/**
 * The schemas of a purpose's facts, for one kind of free text: the text of one language (a clause's
 * frontmatter, and what the model hands each page), or a register file's text, which is the same in every
 * language or given per language (`{ nl: …, en: … }`).
 */
function processingSchemas<T extends z.ZodType<string | Record<string, string>>>(Text: T) {
	/** How long the data is kept (Art. 13(2)(a)): a period, optionally counted from an event, or the criteria that decide it. */
	const RetentionSchema = z
		.strictObject({
			/** How long, e.g. `{ years: 7 }`. */
			period: PeriodSchema.optional(),
			/** The event the period counts from, e.g. `het einde van het boekjaar`. */
			after: Text.optional(),
			/** When no period can be given: the criteria that decide how long, in words. */
			criteria: Text.optional(),
		})
		// One message per mistake: an event without a period is that, not also "neither period nor criteria".
		.superRefine((r, context) => {
			const message =
				r.after !== undefined && r.period === undefined
					? '`after` needs a `period` to count from the event, e.g. `period: { years: 7 }`'
					: (r.period === undefined) === (r.criteria === undefined)
						? 'expected either `period` (with an optional `after`) or `criteria`, not both or neither'
						: undefined;
			if (message) context.addIssue({ code: 'custom', message });
		});

	const LegalBasisSchema = z.enum(keys(LEGAL_BASES));
	const DataSchema = z.array(z.enum(keys(DATA_CATEGORIES))).min(1, 'expected at least one category of data');

	/** One of several legal bases of a purpose, with what it covers where that differs from the purpose as a whole. */
	const BasisEntrySchema = z.strictObject({
		/** The legal basis (Art. 6(1)), e.g. `legal-obligation`. */
		basis: LegalBasisSchema,
		/** The data this basis covers, when not all of the purpose's, e.g. `[billing]`. */
		data: DataSchema.optional(),
		/** How long the data is kept on this basis, when it differs from the purpose's, e.g. `{ period: { years: 7 } }`. */
		retention: RetentionSchema.optional(),
		/** The law that lays down the duty or the task, e.g. `art. 52 AWR`. */
		law: Text.optional(),
	});

	/** Someone the data is given to (Art. 13(1)(e)). */
	const RecipientSchema = z.strictObject({
		/** Who: a company (`Mollie B.V.`) or a category (`de Belastingdienst`). */
		name: Text,
		/** What they are to the controller, where the statement says: `processor`, `controller`, `joint-controller` or `authority`. */
		role: z.enum(RECIPIENT_ROLES).optional(),
	});

	/** Data sent to a country outside the EEA (Art. 13(1)(f)). */
	const TransferSchema = z.strictObject({
		/** The country, as an ISO 3166 code such as `US`; its name is printed in each language. */
		country: z
			.string()
			.regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as `US`')
			.refine((code) => regions.of(code) !== undefined, 'expected a country code that exists')
			.refine((code) => !EEA.has(code), 'this country is in the EEA: sending data there is not a transfer; list the receiver under `recipients`'),
		/** Who receives the data there. */
		recipient: Text.optional(),
		/** The ground for the transfer: `adequacy` (decision), `scc` (standard contractual clauses), `bcr` (binding corporate rules) or `derogation` (Art. 49). */
		safeguard: z.enum(TRANSFER_SAFEGUARDS).optional(),
	});

	/**
	 * The facts of one purpose of processing: in its register file, `register/<clause>/<version>.yaml`, or
	 * (the older form) in the frontmatter of each language's clause under `processing`. The clause title is
	 * the purpose. Terms are the same in every language; free text is in the reader's language.
	 */
	const ProcessingSchema = z.strictObject({
		/** The purpose's name, for a clause that describes several (`purposes` in a register file); otherwise the clause title names it. */
		purpose: Text.optional(),
		/** The kind of purpose, for the DPV export: `service-provision`, `payment-management`, `customer-care`, … */
		category: z.enum(keys(PURPOSE_CATEGORIES)).optional(),
		/** Categories of personal data, e.g. `[name, email, billing]`; the docs ("The processing register") list them all. */
		data: DataSchema.optional(),
		/** Data no category covers, in words, e.g. `de domeinnamen die u registreert`; a purpose may describe its data only this way. */
		otherData: z.array(Text).optional(),
		/**
		 * The legal basis (Art. 6(1)): `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or
		 * `legitimate-interests`; or several, each with the data, retention and law it covers, e.g.
		 * `[{ basis: contract }, { basis: legal-obligation, data: [billing], retention: { period: { years: 7 } }, law: art. 52 AWR }]`.
		 */
		basis: z
			.union([LegalBasisSchema, z.array(BasisEntrySchema).min(1, 'expected at least one basis')], {
				error: 'expected a legal basis such as `contract`, or a list of `{ basis, data, retention, law }`, one per basis',
			})
			.optional(),
		/** The legitimate interest itself, with `basis: legitimate-interests` (Art. 13(1)(d)). */
		interest: Text.optional(),
		/** How to withdraw consent, with `basis: consent` (Art. 13(2)(c)). */
		withdraw: Text.optional(),
		/** How long the data is kept. */
		retention: RetentionSchema.optional(),
		/** Who receives the data. */
		recipients: z.array(RecipientSchema).optional(),
		/** Transfers outside the EEA, each with its safeguard. */
		transfers: z.array(TransferSchema).optional(),
		/** Where the data comes from, when not from the person (Art. 14(2)(f)). */
		source: Text.optional(),
		/** Whether the person must provide the data (Art. 13(2)(e)): `by` law, `contract` or `not-required`, and what happens if not. */
		requirement: z.strictObject({ by: z.enum(REQUIREMENTS), consequence: Text.optional() }).optional(),
	});
	return { ProcessingSchema, BasisEntrySchema };
}

const inOneLanguage = processingSchemas(TextSchema);
/** The facts of a purpose in one language. */
export const ProcessingSchema = inOneLanguage.ProcessingSchema;
/** The facts of a purpose in a register file: every free text the same in all languages, or one per language. */
export const { ProcessingSchema: RegisterProcessingSchema } = processingSchemas(WordsSchema);

export type Processing = z.output<typeof ProcessingSchema>;
export type LegalBasis = z.output<typeof inOneLanguage.BasisEntrySchema>;

/** The purpose's legal bases as a list, one entry per basis, whichever way the register wrote them. */
export function legalBases(facts: Pick<Processing, 'basis'>): LegalBasis[] {
	return typeof facts.basis === 'string' ? [{ basis: facts.basis }] : (facts.basis ?? []);
}
