import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverage, ImportError, parseStatement, type ImportedSection, type ImportedStatement } from '../../integration/import/parse.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

type Outline = [string | undefined, string, Outline[]];
const outline = (sections: ImportedSection[]): Outline[] => sections.map((s) => [s.number, s.heading, outline(s.children)]);
const flat = (sections: ImportedSection[]): ImportedSection[] => sections.flatMap((s) => [s, ...flat(s.children)]);
const section = (statement: ImportedStatement, number: string) => flat(statement.sections).find((s) => s.number === number)!;

describe('a saved page of a hosting firm', () => {
	const source = fixture('hosting-nl.html');
	const statement = parseStatement(source, 'html');

	it('gives the title, the intro with its date line, and sections 3.1 and 3.2 under 3, numbers apart', () => {
		expect(statement.title).toBe('Privacyverklaring Kanaal Hosting B.V.');
		expect(statement.intro).toMatch(/^Laatste aanpassing: 1 januari 2019\n\nKanaal Hosting B\.V\. neemt uw privacy serieus\./);
		expect(outline(statement.sections)).toEqual([
			['1', 'Wie wij zijn', []],
			['2', 'Welke persoonsgegevens verwerken wij?', []],
			[
				'3',
				'Waarom wij deze gegevens verwerken',
				[
					['3.1', 'Uitvoeren van de overeenkomst', []],
					['3.2', 'Beveiliging en misbruik', []],
				],
			],
			['4', 'Bewaartermijnen', []],
			['5', 'Delen met derden', []],
			['6', 'Uw rechten', []],
		]);
	});

	it('loses no sentence of the article and keeps none of the chrome around it', () => {
		const result = coverage(source, 'html', statement);
		expect(result.missing).toEqual([]);
		expect(result.sourceChars).toBeGreaterThan(2000);
		expect(result.outputChars).toBe(result.sourceChars);
		const text = JSON.stringify(statement);
		for (const chrome of [
			'Wij gebruiken cookies',
			'Accepteren',
			'Webhosting',
			'Zoek',
			'Juridisch',
			'Hulp nodig',
			'dag en nacht',
			'Nieuwsbrief',
			'© 2019',
			'dataLayer',
			'addEventListener',
		]) {
			expect(text).not.toContain(chrome);
		}
	});

	it('writes the list, the table, bold text, links and e-mail addresses as Markdown, and reports the relative link', () => {
		expect(section(statement, '2').markdown).toContain(
			'\n\n- uw naam en adresgegevens;\n- uw e-mailadres en telefoonnummer;\n- uw **IP-adres** en de tijdstippen',
		);
		expect(section(statement, '2').markdown).toContain('Wij verwerken **geen** bijzondere persoonsgegevens.');
		expect(section(statement, '4').markdown).toMatch(
			/\n\| Gegevens +\| Bewaartermijn +\| Reden +\|\n\| -+ \| -+ \| -+ \|\n\| Facturen +\| 7 jaar +\| Fiscale bewaarplicht \(art\. 52 AWR\) +\|\n/,
		);
		expect(section(statement, '1').markdown).toContain('Mail naar [privacy@kanaalhosting.nl](mailto:privacy@kanaalhosting.nl) of bel');
		expect(section(statement, '5').markdown).toContain('zoals [SIDN](https://www.sidn.nl/) voor “.nl”-domeinen.');
		expect(statement.intro).toContain('Lees ook onze [algemene voorwaarden](/algemene-voorwaarden).');
		expect(statement.relativeLinks).toEqual(['/algemene-voorwaarden']);
	});

	it('keeps non-breaking spaces, entities and smart quotes as the page shows them', () => {
		expect(section(statement, '1').markdown).toContain('3526\u00a0KL Utrecht');
		expect(section(statement, '1').markdown).toContain('bel 030\u00a0123\u00a045\u00a067.');
		expect(parseStatement('<main><h1>Wij &amp; u</h1><p>&lsquo;Caf&eacute;&rsquo; &gt; &#8220;thee&#8221;</p></main>', 'html')).toMatchObject({
			title: 'Wij & u',
			intro: '‘Café’ > “thee”',
		});
	});

	it('reads the English copy into the same numbered sections', () => {
		const english = fixture('hosting-en.html');
		const copy = parseStatement(english, 'html');
		expect(copy.title).toBe('Privacy statement Kanaal Hosting B.V.');
		expect(copy.intro).toMatch(/^Last updated: January 1, 2019\n\n/);
		expect(flat(copy.sections).map((s) => s.number)).toEqual(flat(statement.sections).map((s) => s.number));
		expect(section(copy, '3.2').heading).toBe('Security and abuse');
		expect(coverage(english, 'html', copy).missing).toEqual([]);
		expect(copy.relativeLinks).toEqual(['/en/terms']);
	});

	it('takes <main>, <article> or <body> when there is no article to find, and keeps a statement’s own section on cookies', () => {
		const page = `<body><div class="cookie-bar"><p>Cookies?</p><button>OK</button></div><div class="wrap"><h1>Privacy</h1><p>Wij bewaren niets.</p>
			<section id="cookies" class="cookie-policy"><h2>Cookies</h2><p>Wij plaatsen alleen functionele cookies.</p></section></div></body>`;
		const short = parseStatement(page, 'html');
		expect(short).toMatchObject({ title: 'Privacy', intro: 'Wij bewaren niets.' });
		expect(outline(short.sections)).toEqual([[undefined, 'Cookies', []]]);
		expect(short.sections[0].markdown).toBe('Wij plaatsen alleen functionele cookies.');
		expect(coverage(page, 'html', short).missing).toEqual([]);
	});

	it('keeps the title a page shows in its header above <main>, and nothing else of that header', () => {
		const page =
			'<body><header class="hero"><a href="/">Kanaal Hosting</a><h1>Privacybeleid</h1></header><main><p>Wij zijn X.</p><h2>Doel</h2><p>Hosting.</p></main></body>';
		const statement = parseStatement(page, 'html');
		expect(statement).toMatchObject({ title: 'Privacybeleid', intro: 'Wij zijn X.' });
		expect(JSON.stringify(statement)).not.toContain('Kanaal Hosting');
	});

	it('refuses a page that is nothing but chrome, saying why and what to do', () => {
		const chrome = `<!doctype html><html><head><script>track()</script></head><body><header><nav><a href="/">Home</a></nav></header>
			<div id="cookie-notice"><p>Wij gebruiken cookies.</p><button>Akkoord</button></div><footer><p>© Kanaal Hosting</p></footer></body></html>`;
		expect(() => parseStatement(chrome, 'html')).toThrow(ImportError);
		expect(() => parseStatement(chrome, 'html')).toThrow(/no statement/);
		try {
			parseStatement(chrome, 'html');
		} catch (error) {
			expect(`${(error as ImportError).message} ${(error as ImportError).hint}`).not.toMatch(/document|window/i);
		}
		expect(() => parseStatement('   \n', 'text')).toThrow(ImportError);
	});
});

describe('a page built by this package', () => {
	it("reads back without each clause's date line and summary, as built now and as earlier builds classed them", () => {
		const page = (intro: string, clause: string) =>
			`<body><main><article class="policy" data-astro-privacy="true"><header><h1>Privacy</h1></header>${intro}${clause}</article></main></body>`;
		const now = page(
			'<section id="intro"><header><p><a href="/c/#intro">Gewijzigd</a></p><p>Kort gezegd.</p></header><p>Wij zijn X.</p></section>',
			'<section><header><h2 id="doel">Doel</h2><p><a href="/c/#doel">Gewijzigd</a></p><p>Kort gezegd.</p></header><p>Hosting.</p></section>',
		);
		const earlier = page(
			'<section id="intro"><p class="policy-date"><a href="/c/#intro">Gewijzigd</a></p><p class="policy-summary">Kort gezegd.</p><p>Wij zijn X.</p></section>',
			'<section><h2 id="doel">Doel</h2><p class="policy-date"><a href="/c/#doel">Gewijzigd</a></p><p class="policy-summary">Kort gezegd.</p><p>Hosting.</p></section>',
		);
		for (const source of [now, earlier]) {
			const statement = parseStatement(source, 'html');
			expect(statement).toMatchObject({ title: 'Privacy', intro: 'Wij zijn X.' });
			expect(outline(statement.sections)).toEqual([[undefined, 'Doel', []]]);
			expect(statement.sections[0]!.markdown).toBe('Hosting.');
		}
	});
});

describe('a Markdown statement of a web shop', () => {
	const source = fixture('webshop-nl.md');
	const statement = parseStatement(source, 'markdown');

	it('nests `### 1.1` under `## 1.`, keeping the numbers the source gives', () => {
		expect(statement.title).toBe('Privacyverklaring De Groene Theepot');
		expect(statement.intro).toMatch(/^_Laatst gewijzigd op 24-05-2018_\n\nDe Groene Theepot \(„wij”\)/);
		expect(outline(statement.sections)).toEqual([
			['1', 'Wie wij zijn', [['1.1', 'Onze functionaris voor gegevensbescherming', []]]],
			['2', 'Welke gegevens wij verwerken', []],
			[
				'3',
				'Doelen en grondslagen',
				[
					['3.1', 'Bestellingen afhandelen', []],
					['3.2', 'Nieuwsbrief', []],
				],
			],
			['4', 'Bewaartermijnen', []],
			['5', 'Uw rechten', []],
		]);
		expect(section(statement, '3').markdown).toBe('');
	});

	it('keeps every sentence; raw HTML becomes line breaks, comments go, and MDX syntax is escaped', () => {
		expect(coverage(source, 'markdown', statement).missing).toEqual([]);
		expect(section(statement, '1').markdown).toMatch(/^De Groene Theepot V\.O\.F\.\\\nLindengracht 101\\\n1015 KH Amsterdam\n\n/);
		expect(section(statement, '1').markdown).toContain('E-mail: [privacy@groenetheepot.nl](mailto:privacy@groenetheepot.nl)');
		expect(section(statement, '3.2').markdown).toBe(
			'Met uw toestemming sturen wij u maandelijks onze nieuwsbrief. U kunt zich altijd afmelden via de link \\{afmelden} onderaan elke nieuwsbrief.',
		);
		expect(section(statement, '2').markdown).toContain('(leeftijd \\<16)');
		expect(section(statement, '5').markdown).toContain('binnen een maand – meestal sneller.');
		expect(statement.relativeLinks).toEqual(['../klantenservice']);
	});
	it('sets YAML frontmatter aside, and takes its title when no `#` heading names the statement', () => {
		const page = '---\ntitle: Privacy & cookies\nlayout: page\n---\n\nWij zijn Kanaal Hosting.\n\n## Doel\n\nWij verkopen niets.\n';
		const statement = parseStatement(page, 'markdown');
		expect(statement).toEqual({
			title: 'Privacy & cookies',
			intro: 'Wij zijn Kanaal Hosting.',
			sections: [{ heading: 'Doel', markdown: 'Wij verkopen niets.', children: [] }],
			relativeLinks: [],
		});
		expect(coverage(page, 'markdown', statement).missing).toEqual([]);
		expect(parseStatement(`---\ntitle: Privacy\n---\n\n# Privacyverklaring\n\nTekst.`, 'markdown').title).toBe('Privacyverklaring');
	});
});

describe('plain text copied from a browser', () => {
	const source = fixture('advocaat-nl.txt');
	const statement = parseStatement(source, 'text');

	it('takes short lines without a full stop before a paragraph as headings, and bullets as a list', () => {
		expect(statement.title).toBe('Privacyverklaring Advocatenkantoor Van Dijk');
		expect(statement.intro).toMatch(/^Laatste aanpassing: 1 januari 2019\n\nAdvocatenkantoor Van Dijk respecteert/);
		expect(outline(statement.sections)).toEqual([
			[undefined, 'Wie zijn wij', []],
			[undefined, 'Welke gegevens wij verwerken', []],
			[undefined, 'Waarom wij uw gegevens gebruiken', []],
			[undefined, 'Hoe lang wij uw gegevens bewaren', []],
			[undefined, 'Uw rechten', []],
		]);
		expect(statement.sections[1].markdown).toBe(
			'Voor de behandeling van uw zaak verwerken wij onder meer:\n\n- uw naam, adres en geboortedatum\n- uw e-mailadres en telefoonnummer\n- de stukken die u ons geeft\n- gegevens over de wederpartij\n\nGegevens over uw gezondheid of strafrechtelijke gegevens verwerken wij alleen als uw zaak dat vereist.',
		);
		expect(statement.sections[0].markdown).toContain('via [info@vandijkadvocaten.nl](mailto:info@vandijkadvocaten.nl) of 030 234 56 78.');
		expect(coverage(source, 'text', statement).missing).toEqual([]);
	});

	it('reads the hosting page as a browser copies it (cells split by tabs, bullets lost) into the page’s own sections', () => {
		const copied = fixture('hosting-nl-copied.txt');
		const fromText = parseStatement(copied, 'text');
		const fromPage = parseStatement(fixture('hosting-nl.html'), 'html');
		expect(fromText.title).toBe(fromPage.title);
		expect(outline(fromText.sections)).toEqual(outline(fromPage.sections));
		expect(section(fromText, '4').markdown).toBe(section(fromPage, '4').markdown);
		expect(section(fromText, '2').markdown).toBe(section(fromPage, '2').markdown.replaceAll('**', ''));
		expect(coverage(copied, 'text', fromText).missing).toEqual([]);
	});

	it('nests numbered headings by their numbers, and keeps numbered, parallel and address lines as the source meant them', () => {
		const text = [
			'1. Inleiding',
			'Dit is onze verklaring.',
			'',
			'2 Gegevens',
			'Wij vragen:',
			'1. uw naam',
			'2. uw adres',
			'',
			'2.1 Klanten',
			'Van klanten bewaren wij:',
			'naam;',
			'adres;',
			'e-mailadres.',
			'',
			'Artikel 3 – Contact',
			'Kanaal Hosting B.V.',
			'Kanaalweg 12',
			'3526 KL Utrecht',
		].join('\n');
		const numbered = parseStatement(text, 'text');
		expect(numbered.title).toBeUndefined();
		expect(outline(numbered.sections)).toEqual([
			['1', 'Inleiding', []],
			['2', 'Gegevens', [['2.1', 'Klanten', []]]],
			['Artikel 3', 'Contact', []],
		]);
		expect(section(numbered, '2').markdown).toBe('Wij vragen:\n\n1. uw naam\n2. uw adres');
		expect(section(numbered, '2.1').markdown).toBe('Van klanten bewaren wij:\n\n- naam;\n- adres;\n- e-mailadres.');
		expect(section(numbered, 'Artikel 3').markdown).toBe('Kanaal Hosting B.V.\n\nKanaalweg 12\\\n3526 KL Utrecht');
		expect(coverage(text, 'text', numbered).missing).toEqual([]);
	});
});
