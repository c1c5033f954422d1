/**
 * The register's fixed terms, each with its W3C Data Privacy Vocabulary (DPV) term for the JSON-LD export
 * (`dpv:` https://w3id.org/dpv#, `eu-gdpr:` https://w3id.org/dpv/legal/eu/gdpr#, `pd:` https://w3id.org/dpv/pd#).
 * Labels in each language come from the UI strings (`basis.<key>`, `data.<key>`, …).
 */

/** Legal bases of Art. 6(1) GDPR, a to f. */
export const LEGAL_BASES = {
	consent: 'eu-gdpr:A6-1-a',
	contract: 'eu-gdpr:A6-1-b',
	'legal-obligation': 'eu-gdpr:A6-1-c',
	'vital-interests': 'eu-gdpr:A6-1-d',
	'public-task': 'eu-gdpr:A6-1-e',
	'legitimate-interests': 'eu-gdpr:A6-1-f',
} as const;

export type LegalBasisKey = keyof typeof LEGAL_BASES;

/** The letter of Art. 6(1) each basis is, as statements cite it (`art. 6 lid 1 sub c`). */
export const BASIS_LETTERS: Record<LegalBasisKey, string> = {
	consent: 'a',
	contract: 'b',
	'legal-obligation': 'c',
	'vital-interests': 'd',
	'public-task': 'e',
	'legitimate-interests': 'f',
};

/** Categories of personal data; `undefined` where DPV has no term narrower than personal data itself. */
export const DATA_CATEGORIES = {
	name: 'pd:Name',
	email: 'pd:EmailAddress',
	phone: 'pd:TelephoneNumber',
	address: 'pd:PhysicalAddress',
	'date-of-birth': 'pd:DateOfBirth',
	'id-document': 'pd:OfficialID',
	'bank-account': 'pd:BankAccount',
	'payment-card': 'pd:PaymentCardNumber',
	billing: 'pd:Financial',
	login: 'pd:Username',
	'ip-address': 'pd:IPAddress',
	'user-agent': 'pd:UserAgent',
	browsing: 'pd:BrowsingBehavior',
	location: 'pd:Location',
	device: 'pd:DeviceBased',
	age: 'pd:Age',
	gender: 'pd:Gender',
	interests: 'pd:Interest',
	'invoice-address': 'pd:PhysicalAddress',
	'payment-details': 'pd:Financial',
	'customer-number': undefined,
	correspondence: undefined,
	'domain-registration': undefined,
	'hosted-content': undefined,
} as const;

/** Kinds of purpose with a DPV term, for the export; the purpose itself is the clause's title. */
export const PURPOSE_CATEGORIES = {
	'service-provision': 'dpv:ServiceProvision',
	'payment-management': 'dpv:PaymentManagement',
	'customer-care': 'dpv:CustomerCare',
	'direct-marketing': 'dpv:DirectMarketing',
	'service-usage-analytics': 'dpv:ServiceUsageAnalytics',
	'fraud-prevention': 'dpv:FraudPreventionAndDetection',
	'legal-compliance': 'dpv:LegalCompliance',
} as const;

/** What a recipient is to the controller. */
export const RECIPIENT_ROLES = ['processor', 'controller', 'joint-controller', 'authority'] as const;

/** The ground on which data may leave the EEA (Art. 45–49 GDPR). */
export const TRANSFER_SAFEGUARDS = ['adequacy', 'scc', 'bcr', 'derogation'] as const;

/** Whether the person must provide the data (Art. 13(2)(e)). */
export const REQUIREMENTS = ['law', 'contract', 'not-required'] as const;

/** Kinds of cookie (and similar tracker) a cookie statement lists, as Dutch cookie statements group them. */
export const COOKIE_CATEGORIES = ['functional', 'analytics', 'marketing'] as const;

/** The rights of Art. 15 to 21 a statement must name (Art. 13(2)(b)), each with its article. */
export const RIGHTS = {
	access: '15',
	rectification: '16',
	erasure: '17',
	restriction: '18',
	portability: '20',
	objection: '21',
} as const;

export type Right = keyof typeof RIGHTS;

/**
 * GDPR Art. 13 items a clause can state it covers, for the completeness checks. `rights` is the six rights
 * at once, as versions locked before the rights were named one by one say it.
 */
export const COVERED_ITEMS = [
	'contact',
	'dpo',
	'purposes',
	'legitimate-interests',
	'recipients',
	'transfers',
	'retention',
	'access',
	'rectification',
	'erasure',
	'restriction',
	'portability',
	'objection',
	'rights',
	'withdrawal',
	'complaint',
	'requirement',
	'automated-decisions',
] as const;

export type CoveredItem = (typeof COVERED_ITEMS)[number];
