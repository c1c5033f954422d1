/** Writes the three sites the benchmark builds from one generated statement. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedPolicy } from './generate.ts';

function write(root: string, files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

const mdxConfig = `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n`;

/** (a) This package, every feature on: pages, versions, history, redlines, "since", feeds, search. */
export function packageSite(root: string, policy: GeneratedPolicy) {
	rmSync(root, { recursive: true, force: true });
	const files: Record<string, string> = {
		'astro.config.mjs': `${mdxConfig}import astroPrivacy from 'astro-privacy';\nexport default defineConfig({ site: 'https://bench.example', integrations: [mdx(), astroPrivacy({ controller: { name: 'Bench B.V.', address: ['Benchweg 1', '1000 AA Amsterdam'], email: 'privacy@bench.example', kvk: '12345678' }, buildDate: '2099-01-01' })] });\n`,
		'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { policyLoader, policySchema } from 'astro-privacy/content';\nexport const collections = { policy: defineCollection({ loader: policyLoader(), schema: policySchema() }) };\n`,
	};
	for (const version of policy.versions) files[`content/privacy/versions/${version}.yaml`] = `summary:\n  nl: Versie ${version}.\n  en: Version ${version}.\n`;
	for (const r of policy.revisions) files[`content/privacy/${r.locale}/c${r.clause + 1}/${r.version}.mdx`] = r.mdx;
	write(root, files);
}

/** The version pages of (b) and (c): every clause of one version in one language, in order. */
const versionPage = (texts: string, render: string) => `---
import { getCollection, render } from 'astro:content';
${render}
import versions from '../../../versions.json';
export function getStaticPaths() {
	return versions.flatMap((version) => ['nl', 'en'].map((locale) => ({ params: { locale, version } })));
}
const { locale, version } = Astro.params;
${texts}
const shown = await Promise.all(entries.map(async (entry) => ({ entry, Content: (await render(entry)).Content })));
---
<html lang={locale}><head><meta charset="utf-8" /><title>Privacy {version}</title></head><body><main>
<h1>Privacy {version}</h1>
{shown.map(({ entry, Content }) => <section><h2 id={entry.id}>{entry.data.title}</h2><p>{entry.data.summary}</p><Text id={entry.id}><Content /></Text></section>)}
</main></body></html>
`;

const collection = (base: string) => `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { policy: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: '${base}' }) }) };\n`;
const plainConfig = `${mdxConfig}export default defineConfig({ integrations: [mdx()] });\n`;

/** (b) Plain Astro + MDX, every version a full copy of every clause, as versioned docs sites do it. */
export function copySite(root: string, policy: GeneratedPolicy) {
	rmSync(root, { recursive: true, force: true });
	const files: Record<string, string> = {
		'astro.config.mjs': plainConfig,
		'src/content.config.ts': collection('./copies'),
		'versions.json': JSON.stringify(policy.versions),
		'src/components/Text.astro': '<slot />\n',
		'src/pages/[locale]/[version].astro': versionPage(
			"const entries = (await getCollection('policy')).filter((e) => e.id.startsWith(`${version}/${locale}/`)).sort((a, b) => a.data.order - b.data.order);",
			"import Text from '../../components/Text.astro';",
		),
	};
	for (const [version, revisions] of policy.inForce) for (const r of revisions) files[`copies/${version}/${r.locale}/c${r.clause + 1}.mdx`] = r.mdx;
	write(root, files);
}

/** (c) The floor: plain Astro + MDX, each distinct revision stored once and rendered once into the same version pages. */
export function floorSite(root: string, policy: GeneratedPolicy) {
	rmSync(root, { recursive: true, force: true });
	const inForce = Object.fromEntries([...policy.inForce].map(([version, revisions]) => [version, revisions.map((r) => `${r.version}/${r.locale}/c${r.clause + 1}`)]));
	const files: Record<string, string> = {
		'astro.config.mjs': plainConfig,
		'src/content.config.ts': collection('./revisions'),
		'versions.json': JSON.stringify(policy.versions),
		'in-force.json': JSON.stringify(inForce),
		'src/components/Text.astro': "---\nimport { html } from '../cache.js';\nconst { id } = Astro.props;\nif (!html.has(id)) html.set(id, Astro.slots.render('default'));\n---\n<Fragment set:html={await html.get(id)} />\n",
		'src/cache.js': '/** Rendered HTML per revision, shared by every page of the build. */\nexport const html = new Map();\n',
		'src/pages/[locale]/[version].astro': versionPage(
			"const all = new Map((await getCollection('policy')).map((e) => [e.id, e]));\nconst entries = inForce[version].filter((id) => id.includes(`/${locale}/`)).map((id) => all.get(id)).sort((a, b) => a.data.order - b.data.order);",
			"import Text from '../../components/Text.astro';\nimport inForce from '../../../in-force.json';",
		),
	};
	for (const r of policy.revisions) files[`revisions/${r.version}/${r.locale}/c${r.clause + 1}.mdx`] = r.mdx;
	write(root, files);
}
