import { describe, expect, it } from 'vitest';
import { checkSelfContained } from '../../integration/content/self-contained.ts';

const problems = (body: string) => checkSelfContained(body, 'content/privacy/nl/x/2020-01-01.mdx').map((p) => p.message);

describe('a clause publishes only what is in its file', () => {
	it('accepts Markdown, tables, plain HTML and <Controller field="…" />', () => {
		expect(problems('Text <Controller field="name" />, **bold**, <abbr title="Algemene verordening">AVG</abbr>.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```\nimport x from "y"\n{a}\n```')).toEqual([]);
	});

	it('refuses expressions, which compute text at build time', () => {
		expect(problems('We keep logs for {process.env.RETENTION ?? "four weeks"}.')).toEqual([expect.stringContaining('computes text with an expression (`{process.env.RETENTION')]);
	});

	it('refuses an import, even behind a line that only looks like a code fence', () => {
		const dodge = '```x`\n\nimport outside from "../../../../outside.txt?raw"\n\n```\n```\n\nLogs: {outside}';
		expect(problems(dodge)).toEqual([expect.stringContaining('(line 3 below the frontmatter) imports or exports code'), expect.stringContaining('(line 8 below the frontmatter) computes text')]);
	});

	it('refuses other components, computed attributes, images and embeds', () => {
		expect(problems('<Foo />')).toEqual([expect.stringContaining('uses the component `<Foo>`')]);
		expect(problems('<Controller field={x} />')).toEqual([expect.stringContaining('attribute computed by an expression')]);
		expect(problems('<Controller field="kvkk" />')).toEqual([expect.stringContaining('without a valid `field`')]);
		expect(problems('![logo](https://example.nl/logo.png)')).toEqual([expect.stringContaining('shows an image')]);
		expect(problems('<iframe src="https://example.nl" />')).toEqual([expect.stringContaining('uses the element `<iframe>`')]);
	});

	it('allows only text elements and attributes, whatever their case', () => {
		for (const html of ['<iFrame src="https://x" />', '<meta http-equiv="refresh" content="0; url=https://x" />', '<svg><image href="https://x" /></svg>', '<input type="image" src="https://x" />', '<base href="https://x" />']) {
			expect(problems(html)[0], html).toContain('uses the element');
		}
		for (const html of ['<p style="background-image:url(https://x)">a</p>', '<table background="https://x"><tr><td>a</td></tr></table>', '<p onMouseOver="alert(1)">a</p>', '<a href="javascript:alert(1)">a</a>']) {
			expect(problems(html), html).toEqual([expect.stringContaining('the attribute')]);
		}
		expect(problems('<details open><summary>Meer</summary>Tekst.</details> <a href="https://ap.example">AP</a> <abbr title="AVG">AVG</abbr>')).toEqual([]);
	});

	it('reports MDX syntax errors before the build touches dist/', () => {
		expect(problems('a <Unclosed')).toEqual([expect.stringContaining('the clause is not valid MDX')]);
	});
});
