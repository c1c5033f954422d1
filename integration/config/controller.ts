import { z } from 'astro/zod';

/** The organisation responsible for the processing (GDPR Art. 13(1)(a)), as the `controller` option states it. */
export const ControllerSchema = z.strictObject({
	/** Legal name, e.g. `Voorbeeld Hosting B.V.` */
	name: z.string().min(1),
	/** Postal address, one line per element, e.g. `['Kanaalweg 12', '3526 KL Utrecht']`. */
	address: z.array(z.string().min(1)).min(1),
	/** Contact e-mail address for privacy questions. */
	email: z.email(),
	/** Telephone number as it should be printed. */
	phone: z.string().min(1).optional(),
	/** Chamber of Commerce number (KvK-nummer), 8 digits. */
	kvk: z.string().regex(/^\d{8}$/, 'expected the 8 digits of a KvK number').optional(),
	/** VAT identification number (btw-identificatienummer), e.g. `NL123456789B01`. */
	vat: z.string().regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/, 'expected a VAT number such as NL123456789B01').optional(),
	/** Data protection officer (functionaris gegevensbescherming), where one is appointed (Art. 13(1)(b)). */
	dpo: z
		.strictObject({
			/** Name of the DPO or the DPO's office. */
			name: z.string().min(1),
			/** E-mail address of the DPO. */
			email: z.email(),
		})
		.optional(),
});

/**
 * A change of controller facts, in the version file of the version it takes effect in. Given fields
 * replace the facts in force before; `null` withdraws an optional fact (say, a phone number).
 */
export const ControllerChangeSchema = z.strictObject({
	/** New legal name. */
	name: ControllerSchema.shape.name.optional(),
	/** New postal address, one line per element. */
	address: ControllerSchema.shape.address.optional(),
	/** New contact e-mail address. */
	email: ControllerSchema.shape.email.optional(),
	/** New telephone number, or `null` when there is none any more. */
	phone: ControllerSchema.shape.phone.unwrap().nullable().optional(),
	/** New KvK number, or `null`. */
	kvk: ControllerSchema.shape.kvk.unwrap().nullable().optional(),
	/** New VAT number, or `null`. */
	vat: ControllerSchema.shape.vat.unwrap().nullable().optional(),
	/** New data protection officer, or `null` when none is appointed any more. */
	dpo: ControllerSchema.shape.dpo.unwrap().nullable().optional(),
});

export type Controller = z.output<typeof ControllerSchema>;
export type ControllerChange = z.output<typeof ControllerChangeSchema>;
