import type { AstroConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { resolveConfig } from '../../integration/config/resolve.ts';
import { OptionsSchema } from '../../integration/config/schema.ts';
import type { FileParser } from '../../integration/content/read.ts';
import { statementSchema } from '../../integration/content/schema.ts';

// The basic fixture's statement: versions 2020, 2022 and 2030 locked, a 2031 draft; the build date lies after all.
export const fixture = fileURLToPath(new URL('../fixtures/basic/content/', import.meta.url));
export const controller = {
	name: 'Testhost B.V.',
	address: ['Teststraat 1', '1234 AB Amsterdam'],
	email: 'privacy@testhost.example',
	kvk: '12345678',
	vat: 'NL123456789B01',
};
export const astro = {
	i18n: undefined,
	site: 'https://fixture.example',
	base: '/',
	trailingSlash: 'ignore' as const,
	build: { format: 'directory' } as AstroConfig['build'],
	integrations: [],
};
/** The basic fixture's options, resolved as the integration would, with `extra` options on top. */
export const fixtureConfig = (extra: Record<string, unknown> = {}, command = 'build') =>
	resolveConfig(
		OptionsSchema.parse({ controller, statements: [{ id: 'privacy', art13: false }], strict: true, search: false, ...extra }),
		astro,
		command,
		{ POLICY_BUILD_DATE: '2031-06-01' },
		new Date(),
	);

// What Astro's MDX entry type and the collection schema do with a file, without Astro.
const schema = statementSchema();
export const files: FileParser = {
	entryInfo: async (contents) => {
		const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(contents)!;
		return { data: parseYaml(frontmatter!) as Record<string, unknown>, body: body! };
	},
	parseData: async ({ data }) => {
		const result = schema.safeParse(data);
		if (result.success) return result.data as Record<string, unknown>;
		throw new Error(`Invalid data\n${result.error.issues.map((i) => `**${i.path.join('.')}**: ${i.message}`).join('\n')}`);
	},
};
