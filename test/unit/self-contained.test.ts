import { describe, expect, it } from 'vitest';
import { checkSelfContained } from '../../integration/content/self-contained.ts';

const problems = (body: string) => checkSelfContained(body, 'content/privacy/nl/x/2020-01-01.mdx').map((p) => p.message);

describe('a clause publishes only what is in its file', () => {
	it('accepts Markdown, tables, plain HTML and <Controller field="…" />', () => {
		expect(
			problems(
				'Text <Controller field="name" />, **bold**, <abbr title="Algemene verordening">AVG</abbr>.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```\nimport x from "y"\n{a}\n```',
			),
		).toEqual([]);
	});

	it('refuses expressions, which compute text at build time', () => {
		expect(problems('We keep logs for {process.env.RETENTION ?? "four weeks"}.')).toEqual([
			expect.stringContaining('computes text with an expression (`{process.env.RETENTION'),
		]);
	});

	it('refuses an import, even behind a line that only looks like a code fence', () => {
		const dodge = '```x`\n\nimport outside from "../../../../outside.txt?raw"\n\n```\n```\n\nLogs: {outside}';
		expect(problems(dodge)).toEqual([
			expect.stringContaining('(line 3 below the frontmatter) imports or exports code'),
			expect.stringContaining('(line 8 below the frontmatter) computes text'),
		]);
	});

	it('refuses other components, computed attributes, images and embeds', () => {
		expect(problems('<Foo />')).toEqual([expect.stringContaining('uses the component `<Foo>`')]);
		expect(problems('<Controller field={x} />')).toEqual([expect.stringContaining('attribute computed by an expression')]);
		expect(problems('<Controller field="kvkk" />')).toEqual([expect.stringContaining('without a valid `field`')]);
		expect(problems('![logo](https://example.nl/logo.png)')).toEqual([expect.stringContaining('shows an image')]);
		expect(problems('<iframe src="https://example.nl" />')).toEqual([expect.stringContaining('uses the element `<iframe>`')]);
	});

	it('allows only text elements and attributes, whatever their case', () => {
		for (const html of [
			'<iFrame src="https://x" />',
			'<meta http-equiv="refresh" content="0; url=https://x" />',
			'<svg><image href="https://x" /></svg>',
			'<input type="image" src="https://x" />',
			'<base href="https://x" />',
		]) {
			expect(problems(html)[0], html).toContain('uses the element');
		}
		for (const html of [
			'<p style="background-image:url(https://x)">a</p>',
			'<table background="https://x"><tr><td>a</td></tr></table>',
			'<p onMouseOver="alert(1)">a</p>',
			'<a href="javascript:alert(1)">a</a>',
		]) {
			expect(problems(html), html).toEqual([expect.stringContaining('the attribute')]);
		}
		expect(problems('<details open><summary>Meer</summary>Tekst.</details> <a href="https://ap.example">AP</a> <abbr title="AVG">AVG</abbr>')).toEqual([]);
	});

	it('reports MDX syntax errors before the build touches dist/', () => {
		expect(problems('a <Unclosed')).toEqual([expect.stringContaining('the clause is not valid MDX')]);
	});
});

describe('links in a clause', () => {
	const markdown = (body: string) => checkSelfContained(body, 'content/privacy/nl/x/2020-01-01.mdx');

	it('may go to web, e-mail, phone and relative addresses, in plain Markdown and in MDX', () => {
		const links =
			'[a](https://ap.example/klacht) [b](http://x.example) [c](mailto:privacy@x.example) [d](tel:+31301234567) [e](#rights) [f](/cookies/) [g](./2020-01-01/) [h](HTTPS://X.EXAMPLE)\n\n[def]: https://x.example/def';
		expect(markdown(links)).toEqual([]);
		expect(markdown(`${links}\n\n<abbr title="t">T</abbr>`)).toEqual([]);
	});

	it('may not run or embed anything, in plain Markdown: each bad target named with its line', () => {
		expect(markdown('Fine.\n\nClick [here](javascript:alert(1)) or [there]( <data:text/html,x> "title").\n\n[def]: vbscript:x')).toEqual([
			{
				file: 'content/privacy/nl/x/2020-01-01.mdx',
				message: 'the clause text (line 3 below the frontmatter) links to `javascript:alert(1)`, which is not a web, e-mail, phone or relative address.',
				hint: expect.stringContaining('a `javascript:` or `data:` link could run'),
			},
			expect.objectContaining({
				message: 'the clause text (line 3 below the frontmatter) links to `data:text/html,x`, which is not a web, e-mail, phone or relative address.',
			}),
			expect.objectContaining({
				message: 'the clause text (line 5 below the frontmatter) links to `vbscript:x`, which is not a web, e-mail, phone or relative address.',
			}),
		]);
		expect(markdown(`[long](javascript:${'x'.repeat(100)})`)[0]!.message).toContain(`\`javascript:${'x'.repeat(49)}\``);
		expect(markdown('[a](javascript:(x)(y)) [b](  data:z)').map((p) => p.message)).toEqual([
			expect.stringContaining('`javascript:(x)(y)`'),
			expect.stringContaining('`data:z`'),
		]);
	});

	it('may not run or embed anything, in MDX either: links, definitions and image references', () => {
		const body = '<abbr title="t">T</abbr> [a](javascript:alert(1))\n\n[def]: data:x\n\n![alt][def]';
		expect(markdown(body).map((p) => p.message)).toEqual([
			'the clause text (line 1 below the frontmatter) links to `javascript:alert(1)`, which is not a web, e-mail, phone or relative address.',
			'the clause text (line 3 below the frontmatter) links to `data:x`, which is not a web, e-mail, phone or relative address.',
			'the clause text (line 5 below the frontmatter) shows an image, which is not part of the locked text.',
		]);
	});
});

describe('what a clause cannot hide', () => {
	it('refuses an invisible control character, named by its code point', () => {
		expect(problems('Bewaar\u0007termijn')).toEqual(['the clause text contains the control character U+0007, which no reader can see.']);
		expect(problems('<p>a\u007F</p>')).toEqual(['the clause text contains the control character U+007F, which no reader can see.']);
		expect(problems('Tabs\tand\r\nline breaks\nare fine.')).toEqual([]);
	});

	it('names the export or expression it refuses, shortened', () => {
		expect(problems(`export const x = '${'y'.repeat(80)}'\nexport const z = 1`)).toEqual([
			`the clause text (line 1 below the frontmatter) imports or exports code (\`export const x = '${'y'.repeat(42)}\`), which would publish text from outside the file.`,
		]);
		expect(problems(`Text {'${'y'.repeat(80)}'}`)).toEqual([
			`the clause text (line 1 below the frontmatter) computes text with an expression (\`{'${'y'.repeat(39)}}\`), which the lock cannot see.`,
		]);
	});

	it('allows <Controller> with one valid field only', () => {
		expect(problems('<Controller field="kvk" />')).toEqual([]);
		expect(problems('<Controller field="kvk" lang="nl" />')).toEqual([expect.stringContaining('uses `<Controller>` without a valid `field`')]);
		expect(problems('<Controller name="kvk" />')).toEqual([expect.stringContaining('without a valid `field`')]);
		expect(problems('<Controller field />')).toEqual([expect.stringContaining('without a valid `field`')]);
	});

	it('takes namespaced and member names for components, and checks elements and attributes whatever their case', () => {
		expect(problems('<ui.Box>x</ui.Box>')).toEqual([expect.stringContaining('uses the component `<ui.Box>`')]);
		expect(problems('<svg:rect />')).toEqual([expect.stringContaining('uses the component `<svg:rect>`')]);
		expect(problems('<sTRONG CLASS="x" ARIA-LABEL="y">x</sTRONG>')).toEqual([]);
		expect(problems('<>fragment</>')).toEqual([]);
		expect(problems('<span {...props}>x</span>')).toEqual([expect.stringContaining('gives `<span>` an attribute computed by an expression')]);
		expect(problems('<span href="https://x.example">x</span>')).toEqual([
			'the clause text (line 1 below the frontmatter) gives `<span>` the attribute `href`, which could change how the text shows or load something.',
		]);
		expect(problems('<a HREF=" https://x.example ">x</a>')).toEqual([]);
		expect(problems('<a href="data:x">x</a>')).toEqual([expect.stringContaining('the attribute `href`')]);
	});
});

describe('the HTML a clause may use', () => {
	it('is every element that only structures text', () => {
		const elements = [
			'a',
			'abbr',
			'address',
			'b',
			'blockquote',
			'caption',
			'cite',
			'code',
			'dd',
			'del',
			'details',
			'dfn',
			'div',
			'dl',
			'dt',
			'em',
			'figcaption',
			'figure',
			'h2',
			'h3',
			'h4',
			'h5',
			'h6',
			'i',
			'ins',
			'kbd',
			'li',
			'mark',
			'ol',
			'p',
			'q',
			's',
			'samp',
			'section',
			'small',
			'span',
			'strong',
			'sub',
			'summary',
			'sup',
			'table',
			'tbody',
			'td',
			'tfoot',
			'th',
			'thead',
			'time',
			'tr',
			'u',
			'ul',
			'var',
		];
		for (const element of elements) expect(problems(`<${element}>Tekst</${element}>`), element).toEqual([]);
		for (const element of ['br', 'hr']) expect(problems(`Tekst<${element} />`), element).toEqual([]);
		expect(problems('<h1>Titel</h1>')).toEqual([expect.stringContaining('uses the element `<h1>`')]);
	});

	it('takes every attribute that only describes text, and aria- attributes', () => {
		const attributes = [
			'id',
			'class',
			'title',
			'lang',
			'dir',
			'colspan',
			'rowspan',
			'scope',
			'headers',
			'start',
			'reversed',
			'type',
			'datetime',
			'cite',
			'open',
			'abbr',
			'value',
			'aria-label',
			'aria-describedby',
		];
		for (const attribute of attributes) expect(problems(`<span ${attribute}="x">Tekst</span>`), attribute).toEqual([]);
		expect(problems('<span data-aria-x="x">Tekst</span>')).toEqual([expect.stringContaining('the attribute `data-aria-x`')]);
	});

	it('links only to web, e-mail, phone and relative addresses, wherever another scheme hides one', () => {
		expect(problems('<a href="javascript:location=\'https://x.example\'">x</a>')).toEqual([expect.stringContaining('the attribute `href`')]);
		expect(problems("[x](javascript:location='https://x.example')")).toEqual([expect.stringContaining("links to `javascript:location='https://x.example'`")]);
		expect(problems('<a href="http://x.example">x</a> [y](http://y.example)')).toEqual([]);
	});
});

describe('what a clause is told to fix', () => {
	const check = (body: string) => checkSelfContained(body, 'content/privacy/nl/x/2020-01-01.mdx');
	const file = 'content/privacy/nl/x/2020-01-01.mdx';

	it('names the problem and the way out, for every kind of problem', () => {
		expect(check('Bewaar\u0007termijn')).toEqual([
			{
				file,
				message: 'the clause text contains the control character U+0007, which no reader can see.',
				hint: 'Remove it; an editor that shows invisible characters helps find it.',
			},
		]);
		expect(check('<ui.Box>x</ui.Boks>')).toEqual([
			{
				file,
				message: 'the clause is not valid MDX: Unexpected closing tag `</ui.Boks>`, expected corresponding closing tag for `<ui.Box>` (1:1-1:9).',
				hint: 'Fix the syntax; MDX treats `<` and `{` as code, so write `&lt;` and `&#123;` for the characters themselves.',
			},
		]);
		expect(check('export const x = 1\n\nText.')[0]!.hint).toBe(
			'Write the text into the clause itself. `<Controller field="…" />` and `<Purpose fact="…" />` need no import.',
		);
		expect(check('{1 + 1}')).toEqual([
			{
				file,
				message: 'the clause text (line 1 below the frontmatter) computes text with an expression (`{1 + 1}`), which the lock cannot see.',
				hint: 'Write the text itself. For a literal brace, write `&#123;`.',
			},
		]);
		expect(check('<b>x</b> ![logo](https://x.example/logo.png)')[0]!.hint).toBe(
			'Images are not part of the locked text: describe in words what the statement needs to say.',
		);
		expect(check('<Controller field={x} />')[0]!.hint).toBe('Write attribute values as quoted text, e.g. `<Controller field="email" />`.');
		expect(check('<Controller field="kvkk" />')[0]!.hint).toBe(
			'Write `<Controller field="…" />` with one of: name, address, postalAddress, country, email, privacyEmail, phone, kvk, vat, dpoName, dpoEmail.',
		);
		expect(check('<Foo />')[0]!.hint).toBe(
			'Clauses can use `<Controller field="…" />` and `<Purpose fact="…" />` only; write anything else as text or Markdown.',
		);
		expect(check('<iframe />')[0]!.hint).toMatch(/^Use Markdown, or these elements only: a, abbr, address, b, blockquote, br, .*, u, ul, var\.$/);
		expect(check('<a ping="https://t.example">x</a>')).toEqual([
			{
				file,
				message: 'the clause text (line 1 below the frontmatter) gives `<a>` the attribute `ping`, which could change how the text shows or load something.',
				hint: 'Remove the attribute; links take an `https:`, `mailto:`, `tel:` or relative `href`.',
			},
		]);
	});

	it('refuses a link attribute without an address', () => {
		expect(problems('<a href>x</a>')).toEqual([expect.stringContaining('gives `<a>` the attribute `href`')]);
	});

	it('reads link definitions in plain Markdown as CommonMark does, at the start of a line only', () => {
		expect(problems('Zie [artikel 6(1)]: toestemming, en verder.')).toEqual([]);
		for (const definition of ['[def]: javascript:x', '  [def]: javascript:x', '[def]:  javascript:x', '[d]: <javascript:x>']) {
			expect(problems(`Tekst.\n\n${definition}`), definition).toEqual([
				'the clause text (line 3 below the frontmatter) links to `javascript:x`, which is not a web, e-mail, phone or relative address.',
			]);
		}
	});

	it('judges link syntax in code or behind a backslash as text, as the build does, with or without other HTML', () => {
		for (const body of [
			'Schrijf nooit `[tekst](javascript:alert(1))`.',
			'```\n[tekst](javascript:alert(1))\n```',
			'~~~\n[tekst](javascript:alert(1))\n~~~',
			'\\[tekst](javascript:alert(1))',
		]) {
			expect(problems(body), body).toEqual([]);
			expect(problems(`${body}\n\n<abbr title="AVG">AVG</abbr>`), body).toEqual([]);
		}
		expect(problems('[tekst](javascript:alert(1))')).toEqual(problems('[tekst](javascript:alert(1))\n\n<abbr title="AVG">AVG</abbr>'));
	});
});
