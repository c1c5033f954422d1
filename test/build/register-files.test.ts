import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../policy-schema.ts';
import { buildError, buildFixture, docsBlocks } from './fixture.ts';

const write = (root: string, path: string, text: string) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
const clause = (title: string, order: number, text: string) => `---\ntitle: ${title}\norder: ${order}\n---\n\n${text}\n`;

/** The docs' register file and cookie table, as written there, moved to the fixture's clause and version. */
const invoicingYaml = docsBlocks('processing-register.md', '## Register files')[0]!.body;
const cookies = docsBlocks('processing-register.md', '## Cookies')[0]!.body;
const contactAndNewsletter = docsBlocks('processing-register.md', '## Several purposes in one clause')[0]!.body;

/**
 * Version 2032 adds a purpose whose facts live in a register file (the docs' example) and a cookie clause;
 * 2033 changes only the purpose's register file, withdraws the VAT number and attaches a note to the e-mail
 * address; 2034 leaves the contact block out from then on.
 */
const statement = (root: string) => {
	const config = join(root, 'astro.config.mjs');
	writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', 'strict: false,'));
	for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', file));
	write(root, 'content/privacy/versions/2032-01-01.yaml', 'summary:\n  nl: Facturen en cookies.\n  en: Invoices and cookies.\n');
	write(
		root,
		'content/privacy/nl/invoicing/2032-01-01.mdx',
		clause('Facturen en administratie', 40, 'We bewaren facturen zeven jaar, omdat de belastingwet dat eist.'),
	);
	write(root, 'content/privacy/en/invoicing/2032-01-01.mdx', clause('Invoices and accounts', 40, 'We keep invoices for seven years, as tax law requires.'));
	write(root, 'content/privacy/register/invoicing/2032-01-01.yaml', invoicingYaml);
	write(root, 'content/privacy/nl/cookies/2032-01-01.mdx', clause('Cookies', 50, 'Wij meten het gebruik van de site.'));
	write(root, 'content/privacy/en/cookies/2032-01-01.mdx', clause('Cookies', 50, 'We measure the use of the site.'));
	write(root, 'content/privacy/register/cookies/2032-01-01.yaml', cookies);
	// One clause, two purposes: each with its own name, basis and retention.
	write(
		root,
		'content/privacy/nl/contact-newsletter/2032-01-01.mdx',
		clause('Contactformulier en nieuwsbrief', 60, 'Nieuwsbrieven bewaren wij <Purpose fact="retention" purpose="2" />.'),
	);
	write(
		root,
		'content/privacy/en/contact-newsletter/2032-01-01.mdx',
		clause('Contact form and newsletter', 60, 'We keep newsletter data <Purpose fact="retention" purpose="2" />.'),
	);
	write(root, 'content/privacy/register/contact-newsletter/2032-01-01.yaml', contactAndNewsletter);
	write(
		root,
		'content/privacy/versions/2033-01-01.yaml',
		'summary:\n  nl: Geen btw-nummer meer; facturen tien jaar.\n  en: No VAT number any more; invoices ten years.\ncontroller:\n  vat: null\n  notes:\n    email: { nl: ook voor klachten, en: also for complaints }\n',
	);
	// 2034: a clause takes over the contact details, so the built-in block goes.
	write(root, 'content/privacy/versions/2034-01-01.yaml', 'summary:\n  nl: Contact.\n  en: Contact.\ncontact: false\n');
	write(root, 'content/privacy/nl/contact/2034-01-01.mdx', clause('Contact', 90, 'Mail ons via <Controller field="email" />.'));
	write(root, 'content/privacy/en/contact/2034-01-01.mdx', clause('Contact', 90, 'Mail us at <Controller field="email" />.'));
	write(root, 'content/privacy/register/invoicing/2033-01-01.yaml', invoicingYaml.replace('period: { years: 7 }', 'period: { years: 10 }'));
};

describe('register files', () => {
	it('give every language the same facts in its own words, change a purpose without a new text, and show a cookie table', async () => {
		const site = await buildFixture('basic', { buildDate: '2035-01-01', edit: statement });
		const nl = site.read('privacy/2032-01-01/index.html');
		expect(nl).toContain('<dt>Bewaartermijn</dt><dd>7 jaar na het einde van het boekjaar</dd>');
		expect(nl).toContain('<dd>de Belastingdienst (overheidsinstantie)</dd>');
		const en = site.read('en/privacy/2032-01-01/index.html');
		expect(en).toContain('<dt>Retention period</dt><dd>7 years after the end of the financial year</dd>');
		expect(en).toContain('<dd>the Dutch Tax Administration (public authority)</dd>');
		expect(en).toContain('<caption>Cookies: Cookies</caption>');
		expect(en).toMatch(
			/<th scope="row"><code>_pk_id\.\*<\/code><\/th><td data-label="Placed by">Kanaalhost B\.V\.<\/td><td data-label="Purpose">Recognises a returning visitor, so that we can count unique visitors\.<\/td><td data-label="Category">analytics<\/td><td data-label="Lifetime">13 months<\/td><td data-label="Consent">not needed<\/td>/,
		);

		// 2033 changes the register file only: the clause changed in both languages, and its redline shows the facts.
		expect(site.read('privacy/2033-01-01/index.html')).toContain('<dd>10 jaar na het einde van het boekjaar</dd>');
		const redline = site.read('en/privacy/changes/2033-01-01/index.html');
		expect(redline).toContain('<li><strong>1 section changed:</strong> <a href="#invoicing">Invoices and accounts</a></li>');
		expect(redline).toContain(
			'<dt>Retention period</dt><dd><del><span class="visually-hidden">deleted: </span>7</del><ins><span class="visually-hidden">inserted: </span>10</ins> years after the end of the financial year</dd>',
		);
		const contact = (path: string) => /<aside class="policy-contact"[\s\S]*?<\/aside>/.exec(site.read(path))?.[0];
		expect(contact('privacy/2033-01-01/index.html')).not.toContain('NL123456789B01');
		expect(contact('privacy/2033-01-01/index.html')).toContain('privacy@<wbr>testhost<wbr>.example</a> (ook voor klachten)</dd>');
		expect(contact('privacy/2032-01-01/index.html')).toContain('NL123456789B01');
		expect(contact('privacy/2034-01-01/index.html')).toBeUndefined();

		// Two purposes of one clause: a facts list each, a row each in the overview, and the text prints the second's retention.
		expect(nl).toContain('Nieuwsbrieven bewaren wij tot u zich afmeldt.');
		expect(nl).toContain('<dl class="policy-facts"><dt>Doel</dt><dd>Contactformulier</dd>');
		expect(nl).toContain('<dl class="policy-facts"><dt>Doel</dt><dd>Nieuwsbrief</dd>');
		expect(nl).toContain('<a href="#contact-newsletter">Contactformulier</a>');
		expect(nl).toContain('<a href="#contact-newsletter">Nieuwsbrief</a>');
		expect(en).toContain('We keep newsletter data until you unsubscribe.');

		const json = JSON.parse(site.read('privacy/policy.json'));
		const both = json.versions[3].clauses.find((c: { id: string }) => c.id === 'contact-newsletter');
		expect(both.processing.en.map((p: { purpose: string }) => p.purpose)).toEqual(['Contact form', 'Newsletter']);
		expect(schemaErrors(json)).toEqual([]);
		const latest = json.versions.find((v: { id: string }) => v.id === '2033-01-01');
		expect(latest.digests.sources['register/invoicing']).toBe('2033-01-01');
		expect(latest.clauses.find((c: { id: string }) => c.id === 'cookies').cookies.nl[0]).toMatchObject({
			name: '_pk_id.*',
			lifetime: { months: 13 },
			consent: false,
		});
	});

	it("prints a purpose's facts in the text as the writing-clauses page shows, in the words it quotes", async () => {
		const [facts, text] = docsBlocks('writing-clauses.md', '## Writing clauses').filter((b) => b.body.includes('invoicing/2027-04-01'));
		const site = await buildFixture('basic', {
			buildDate: '2033-01-01',
			edit: (root) => {
				const config = join(root, 'astro.config.mjs');
				writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', 'strict: false,'));
				for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', file));
				write(root, 'content/privacy/versions/2032-01-01.yaml', 'summary:\n  nl: Facturen.\n  en: Invoices.\n');
				write(root, 'content/privacy/register/invoicing/2032-01-01.yaml', facts!.body);
				write(root, 'content/privacy/nl/invoicing/2032-01-01.mdx', text!.body.replace(/^# .*\n/m, ''));
				write(root, 'content/privacy/en/invoicing/2032-01-01.mdx', clause('Invoices', 40, 'We keep your invoices <Purpose fact="retention" />.'));
			},
		});
		expect(site.read('privacy/2032-01-01/index.html')).toContain(
			'We bewaren uw facturen 7 jaar na het einde van het boekjaar, op grond van uitvoering van een overeenkomst en wettelijke verplichting (art. 52 AWR).',
		);
		expect(site.read('en/privacy/2032-01-01/index.html')).toContain('We keep your invoices 7 years after the end of the financial year.');
	});

	it('refuses a register file whose per-language text lacks a language, naming file and field', async () => {
		const error = await buildError('basic', {
			buildDate: '2034-01-01',
			edit: (root) => {
				statement(root);
				write(root, 'content/privacy/register/cookies/2032-01-01.yaml', cookies.replace(/\n {6}en: .*\n/, '\n'));
			},
		});
		expect(error.message).toContain(
			'**content/privacy/register/cookies/2032-01-01.yaml** (field `cookies[0].purpose`): the text is given per language, but not in `en`.',
		);
		expect(error.site.exists('.')).toBe(false);
	});
});
