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
		expect(problems('<iframe src="https://example.nl" />')).toEqual([expect.stringContaining('embeds `<iframe>`')]);
	});

	it('reports MDX syntax errors before the build touches dist/', () => {
		expect(problems('a <Unclosed')).toEqual([expect.stringContaining('the clause is not valid MDX')]);
	});
});
