import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

// The errors of `<Purpose />` are in the bad-input suite (mdx-purpose-*, model-purpose-*).

/** An invoicing purpose on two bases, whose text prints its facts rather than repeating them. */
const invoices = {
	nl: {
		title: 'Facturen',
		after: 'het einde van het boekjaar',
		recipients: ['Moneybird B.V.', 'de Belastingdienst'],
		text: 'We verwerken <Purpose fact="data" /> op grond van <Purpose fact="bases" />. We bewaren uw facturen <Purpose fact="retention" /> en delen ze met <Purpose fact="recipients" />.',
	},
	en: {
		title: 'Invoices',
		after: 'the end of the financial year',
		recipients: ['Moneybird B.V.', 'the Dutch Tax Administration'],
		text: 'We process your <Purpose fact="data" /> on the basis of <Purpose fact="bases" />. We keep your invoices for <Purpose fact="retention" /> and share them with <Purpose fact="recipients" />.',
	},
};

let site: Awaited<ReturnType<typeof buildFixture>>;
beforeAll(async () => {
	site = await buildFixture('basic', {
		buildDate: '2033-01-01',
		edit: (root) => {
			const config = join(root, 'astro.config.mjs');
			writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', 'strict: false,'));
			for (const draft of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', draft));
			writeFileSync(join(root, 'content/privacy/versions/2032-01-01.yaml'), 'summary:\n  nl: Facturen.\n  en: Invoices.\n');
			for (const [locale, clause] of Object.entries(invoices)) {
				const processing = {
					data: ['name', 'address', 'billing'],
					basis: [{ basis: 'contract' }, { basis: 'legal-obligation', law: 'art. 52 AWR' }],
					retention: { period: { years: 7 }, after: clause.after },
					recipients: [
						{ name: clause.recipients[0], role: 'processor' },
						{ name: clause.recipients[1], role: 'authority' },
					],
				};
				mkdirSync(join(root, `content/privacy/${locale}/invoices`));
				const frontmatter = JSON.stringify({ title: clause.title, order: 30, processing });
				writeFileSync(join(root, `content/privacy/${locale}/invoices/2032-01-01.mdx`), `---\n${frontmatter}\n---\n\n${clause.text}\n`);
			}
		},
	});
});

const textOf = (node: ElementContent | Root): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';

/** The clause's sentence, its facts list by label, and the overview table's cells by label. */
function page(path: string) {
	const tree = fromHtml(site.read(path));
	const section = select('section:has(> header > h2#invoices)', tree)!;
	const list = new Map<string, string[]>();
	for (const dt of selectAll('dl.policy-facts > dt', section)) list.set(textOf(dt), []);
	let label = '';
	for (const item of selectAll('dl.policy-facts > *', section)) {
		if (item.tagName === 'dt') label = textOf(item);
		else list.get(label)!.push(textOf(item));
	}
	const row = select('section.policy-register tbody tr', tree)!;
	const table = new Map(selectAll('td', row).map((td) => [String(td.properties.dataLabel), textOf(td)]));
	return { sentence: textOf(select('section > p', section)!), list, table };
}

describe('<Purpose fact="…" /> in a clause', () => {
	it('prints the facts of its purpose in Dutch with the words the table and the facts list use', () => {
		const { sentence, list, table } = page('privacy/index.html');
		expect(sentence).toBe(
			'We verwerken naam, adres en bestellingen en facturen op grond van uitvoering van een overeenkomst en wettelijke verplichting (art. 52 AWR). ' +
				'We bewaren uw facturen 7 jaar na het einde van het boekjaar en delen ze met Moneybird B.V. (verwerker) en de Belastingdienst (overheidsinstantie).',
		);
		expect(sentence).toContain(table.get('Gegevens'));
		expect(sentence).toContain(table.get('Bewaartermijn'));
		expect(sentence).toContain(list.get('Bewaartermijn')![0]);
		for (const recipient of list.get('Ontvangers')!) expect(sentence).toContain(recipient);
		// The table begins a basis with a capital and cites its article; the sentence names it as words.
		expect(table.get('Grondslag')).toBe(
			'Uitvoering van een overeenkomst (art. 6 lid 1 sub b AVG); Wettelijke verplichting (art. 6 lid 1 sub c AVG; art. 52 AWR)',
		);
	});

	it('prints them in English on the English page', () => {
		const { sentence, list, table } = page('en/privacy/index.html');
		expect(sentence).toBe(
			'We process your name, address, and orders and invoices on the basis of performance of a contract and legal obligation (art. 52 AWR). ' +
				'We keep your invoices for 7 years after the end of the financial year and share them with Moneybird B.V. (processor) and the Dutch Tax Administration (public authority).',
		);
		expect(sentence).toContain(table.get('Retention period'));
		for (const recipient of list.get('Recipients')!) expect(sentence).toContain(recipient);
	});
});
