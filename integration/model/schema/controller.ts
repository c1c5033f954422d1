import { z } from 'astro/zod';

/** The facts a note can be attached to, printed after it: `(geen bezoekadres)`, `(op werkdagen van 9 tot 17 uur)`. */
const NOTED_FACTS = ['address', 'postalAddress', 'email', 'privacyEmail', 'phone'] as const;
/** A short text per locale, e.g. `{ nl: 'geen bezoekadres', en: 'no visitors' }`. */
const PerLocaleText = z.record(z.string(), z.string().min(1));

/** The organisation responsible for the processing (GDPR Art. 13(1)(a)), as the `controller` option states it. */
export const ControllerSchema = z
	.strictObject({
		/** Legal name, e.g. `Voorbeeld Hosting B.V.` */
		name: z.string().min(1),
		/** Visiting (and registered) address, one line per element, e.g. `['Kanaalweg 12', '3526 KL Utrecht']`. */
		address: z.array(z.string().min(1)).min(1).optional(),
		/** Postal address when letters go elsewhere, e.g. `['Postbus 1234', '3500 BE Utrecht']`. Without `address`, the page says it is not a visiting address. */
		postalAddress: z.array(z.string().min(1)).min(1).optional(),
		/** Country as an ISO 3166 code, e.g. `NL`: printed under the address in each page's language. */
		country: z
			.string()
			.regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as `NL`')
			.optional(),
		/** General contact e-mail address. */
		email: z.email('expected an e-mail address such as privacy@example.nl'),
		/** E-mail address for privacy questions and requests, when it is not the general one. */
		privacyEmail: z.email('expected an e-mail address such as privacy@example.nl').optional(),
		/** Telephone number as it should be printed. */
		phone: z.string().min(1).optional(),
		/** Chamber of Commerce number (KvK-nummer), 8 digits. */
		kvk: z
			.string()
			.regex(/^\d{8}$/, 'expected the 8 digits of a KvK number')
			.optional(),
		/** VAT identification number (btw-identificatienummer), e.g. `NL123456789B01`. */
		vat: z
			.string()
			.regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/, 'expected a VAT number such as NL123456789B01')
			.optional(),
		/** Data protection officer (functionaris gegevensbescherming), where one is appointed (Art. 13(1)(b)). */
		dpo: z
			.strictObject({
				/** Name of the DPO or the DPO's office. */
				name: z.string().min(1),
				/** E-mail address of the DPO. */
				email: z.email('expected an e-mail address such as privacy@example.nl'),
			})
			.optional(),
		/** A short text per locale for the contact block, e.g. `{ nl: 'Bereikbaar op werkdagen van 9 tot 17 uur.', en: '…' }`. */
		note: PerLocaleText.optional(),
		/** Notes per locale attached to one fact and printed after it, e.g. `{ postalAddress: { nl: 'geen bezoekadres', en: 'not for visits' } }`. */
		notes: z.partialRecord(z.enum(NOTED_FACTS), PerLocaleText).optional(),
		/**
		 * Why the controller has no KvK or VAT number (a foreign company, a private person), per locale, printed in
		 * their place, e.g. `{ nl: 'Niet ingeschreven in het Handelsregister.', en: 'Not registered with the Dutch Chamber of Commerce.' }`.
		 */
		unregistered: PerLocaleText.optional(),
	})
	.refine((c) => c.address || c.postalAddress, { message: 'expected an `address` or a `postalAddress`', path: ['address'] });

/**
 * A change of controller facts, in the version file of the version it takes effect in. Given fields
 * replace the facts in force before; `null` withdraws an optional fact (say, a phone number).
 */
export const ControllerChangeSchema = z.strictObject({
	/** New legal name. */
	name: ControllerSchema.shape.name.optional(),
	/** New visiting address, one line per element, or `null` when there is none any more. */
	address: ControllerSchema.shape.address.unwrap().nullable().optional(),
	/** New postal address, or `null`. */
	postalAddress: ControllerSchema.shape.postalAddress.unwrap().nullable().optional(),
	/** New country code, or `null`. */
	country: ControllerSchema.shape.country.unwrap().nullable().optional(),
	/** New general e-mail address. */
	email: ControllerSchema.shape.email.optional(),
	/** New privacy e-mail address, or `null`. */
	privacyEmail: ControllerSchema.shape.privacyEmail.unwrap().nullable().optional(),
	/** New telephone number, or `null` when there is none any more. */
	phone: ControllerSchema.shape.phone.unwrap().nullable().optional(),
	/** New KvK number, or `null`. */
	kvk: ControllerSchema.shape.kvk.unwrap().nullable().optional(),
	/** New VAT number, or `null`. */
	vat: ControllerSchema.shape.vat.unwrap().nullable().optional(),
	/** New data protection officer, or `null` when none is appointed any more. */
	dpo: ControllerSchema.shape.dpo.unwrap().nullable().optional(),
	/** New note per locale, or `null`. */
	note: ControllerSchema.shape.note.unwrap().nullable().optional(),
	/** New notes attached to facts, or `null`. */
	notes: ControllerSchema.shape.notes.unwrap().nullable().optional(),
	/** New reason for having no KvK or VAT number, or `null`. */
	unregistered: ControllerSchema.shape.unregistered.unwrap().nullable().optional(),
});

/** What `<Controller field="…" />` can print in a clause. */
export const CONTROLLER_FIELDS = [
	'name',
	'address',
	'postalAddress',
	'country',
	'email',
	'privacyEmail',
	'phone',
	'kvk',
	'vat',
	'dpoName',
	'dpoEmail',
] as const;

export type Controller = z.output<typeof ControllerSchema>;
export type ControllerChange = z.output<typeof ControllerChangeSchema>;
