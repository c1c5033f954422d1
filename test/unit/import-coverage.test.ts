import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { coverage, parseStatement, sentencesOf, type ImportedSection, type ImportedStatement, type SourceFormat } from '../../integration/import/parse.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const flat = (sections: ImportedSection[]): ImportedSection[] => sections.flatMap((s) => [s, ...flat(s.children)]);
const texts = (statement: ImportedStatement) => [statement.intro ?? '', ...flat(statement.sections).map((s) => s.markdown)];
const section = (statement: ImportedStatement, number: string) => flat(statement.sections).find((s) => s.number === number)!;

describe('the coverage check', () => {
	it('splits sentences per line, without bullets and section numbers', () => {
		expect(sentencesOf('3.2 Bewaartermijn\nWij bewaren logs. Daarna? Weg!\n• uw naam;\n\t–\t\n')).toEqual([
			'Bewaartermijn',
			'Wij bewaren logs.',
			'Daarna?',
			'Weg!',
			'uw naam;',
		]);
	});

	it('names a sentence that was dropped, and one that moved out of order', () => {
		const source = fixture('hosting-nl.html');
		const statement = parseStatement(source, 'html');
		const dropped = structuredClone(statement);
		section(dropped, '3.2').markdown = 'Wij bewaren logbestanden van onze servers om aanvallen te herkennen en misbruik te voorkomen.';
		expect(coverage(source, 'html', dropped).missing).toEqual(['Dat is ons gerechtvaardigd belang: een veilig netwerk voor alle klanten.']);
		const moved = structuredClone(statement);
		moved.sections.reverse();
		expect(coverage(source, 'html', moved).missing.length).toBeGreaterThan(5);
	});

	it('holds a page without <main> to the article Readability finds, keeping the links it would have cleaned away', () => {
		const paragraphs = (n: number) =>
			Array.from({ length: n }, (_, i) => `<p>Zin ${i + 1} van een alinea over uw gegevens, lang genoeg om als tekst te tellen.</p>`).join('');
		const page = `<body><div class="topbar">Bel ons: 030 123 45 67</div><div class="post"><div class="entry-header"><h1>Privacyverklaring</h1></div>
			<div class="entry-content">${paragraphs(3)}<h2>1. Rechten</h2>${paragraphs(4)}<ul><li><a href="/a">Inzage</a></li><li><a href="/b">Correctie</a></li></ul></div></div>
			<div id="secondary" class="widget-area"><h3>Recente berichten</h3><ul><li><a href="/x">Nieuw datacenter</a></li></ul></div><div class="site-footer">© 2020</div></body>`;
		const statement = parseStatement(page, 'html');
		expect(statement.title).toBe('Privacyverklaring');
		expect(section(statement, '1').markdown).toMatch(/\n\n- \[Inzage]\(\/a\)\n- \[Correctie]\(\/b\)$/);
		expect(JSON.stringify(statement)).not.toMatch(/Bel ons|Recente berichten|© 2020/);
		const result = coverage(page, 'html', statement);
		expect(result.missing).toEqual([]);
		expect(result.outputChars).toBe(result.sourceChars);
	});
});

describe('MDX safety', () => {
	const mdx = (markdown: string) => fromMarkdown(markdown, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] });
	const hostile =
		'Privacy\n\nimport x from "y"\n\nexport const a = 1\n\nPrijzen {vanaf} €5 < €10 > €1 } en <Controller field="email" /> of <b>vet</b> en <!-- c --> &copy; *x* _y_ [z](w)\n\n# geen kop\n\n';

	const inputs: [string, SourceFormat][] = [
		['hosting-nl.html', 'html'],
		['hosting-en.html', 'html'],
		['webshop-nl.md', 'markdown'],
		['advocaat-nl.txt', 'text'],
		['hostile.txt', 'text'],
		['hostile.md', 'markdown'],
	];

	it.each(inputs)('%s compiles as MDX with no JSX, expression or ESM in it, and loses no sentence', (name, format) => {
		const source = name.startsWith('hostile') ? hostile : fixture(name);
		const statement = parseStatement(source, format);
		for (const markdown of texts(statement)) expect(JSON.stringify(mdx(markdown)).match(/"type":"mdx\w*"/g), markdown).toBeNull();
		expect(coverage(source, format, statement).missing).toEqual([]);
	});

	it('writes text that looks like MDX as text', () => {
		const statement = parseStatement(hostile, 'text');
		expect(texts(statement).join('\n\n')).toContain('&#x69;mport x from "y"');
		expect(texts(statement).join('\n\n')).toContain(
			'Prijzen \\{vanaf} €5 \\< €10 > €1 } en \\<Controller field="email" /> of \\<b>vet\\</b> en \\<!-- c --> \\&copy; \\*x\\* \\_y\\_ \\[z]\\(w)',
		);
	});
});
