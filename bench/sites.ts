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
		'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { statementLoader, statementSchema } from 'astro-privacy/content';\nexport const collections = { policy: defineCollection({ loader: statementLoader(), schema: statementSchema() }) };\n`,
	};
	for (const version of policy.versions) files[`content/privacy/versions/${version}.yaml`] = `summary:\n  nl: Versie ${version}.\n  en: Version ${version}.\n`;
	for (const r of policy.revisions) files[`content/privacy/${r.locale}/c${r.clause + 1}/${r.version}.mdx`] = r.mdx;
	write(root, files);
}

/**
 * The version pages of (b) and (c): every clause of one version in one language, in order, each with the
 * date its text last changed and a link to that version's changes (which these sites do not build: the
 * link is there for its markup). `entryId` finds the clause's text in the site's collection.
 */
const versionPage = (entryId: string) => `---
import { getCollection, render } from 'astro:content';
import Text from '../../components/Text.astro';
import versions from '../../../versions.json';
import inForce from '../../../in-force.json';
export function getStaticPaths() {
	return versions.flatMap((version) => ['nl', 'en'].map((locale) => ({ params: { locale, version } })));
}
const { locale, version } = Astro.params;
const all = new Map((await getCollection('policy')).map((e) => [e.id, e]));
const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
const changedLabel = { nl: 'Laatst gewijzigd', en: 'Last changed' }[locale];
const shown = await Promise.all(inForce[version].filter((c) => c.locale === locale).map(async (c) => {
	const entry = all.get(\`${entryId}\`);
	return { ...c, entry, Content: (await render(entry)).Content };
}));
---
<html lang={locale}><head><meta charset="utf-8" /><title>Privacy {version}</title></head><body><main>
<h1>Privacy {version}</h1>
{shown.map(({ clause, changed, entry, Content }) => <section><h2 id={clause}>{entry.data.title}</h2><p><a href={\`/\${locale}/changes/\${changed}/#\${clause}\`}>{changedLabel} <time datetime={changed}>{date.format(new Date(changed))}</time></a></p><p>{entry.data.summary}</p><Text id={entry.id}><Content /></Text></section>)}
</main></body></html>
`;

/** Per version, each clause in force in each language, in order, and the version its text last changed in. */
const inForceJson = (policy: GeneratedPolicy) =>
	JSON.stringify(
		Object.fromEntries(
			[...policy.inForce].map(([version, revisions]) => [
				version,
				revisions.map((r) => ({ locale: r.locale, clause: `c${r.clause + 1}`, changed: r.version })),
			]),
		),
	);

const collection = (base: string) =>
	`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { policy: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: '${base}' }) }) };\n`;
const plainConfig = `${mdxConfig}export default defineConfig({ integrations: [mdx()] });\n`;

/** (b) Plain Astro + MDX, every version a full copy of every clause, as versioned docs sites do it. */
export function copySite(root: string, policy: GeneratedPolicy) {
	rmSync(root, { recursive: true, force: true });
	const files: Record<string, string> = {
		'astro.config.mjs': plainConfig,
		'src/content.config.ts': collection('./copies'),
		'versions.json': JSON.stringify(policy.versions),
		'in-force.json': inForceJson(policy),
		'src/components/Text.astro': '<slot />\n',
		'src/pages/[locale]/[version].astro': versionPage('${version}/${locale}/${c.clause}'),
	};
	for (const [version, revisions] of policy.inForce) for (const r of revisions) files[`copies/${version}/${r.locale}/c${r.clause + 1}.mdx`] = r.mdx;
	write(root, files);
}

/** (c) The floor: plain Astro + MDX, each distinct revision stored once and rendered once into the same version pages. */
export function floorSite(root: string, policy: GeneratedPolicy) {
	rmSync(root, { recursive: true, force: true });
	const files: Record<string, string> = {
		'astro.config.mjs': plainConfig,
		'src/content.config.ts': collection('./revisions'),
		'versions.json': JSON.stringify(policy.versions),
		'in-force.json': inForceJson(policy),
		'src/components/Text.astro':
			"---\nimport { html } from '../cache.js';\nconst { id } = Astro.props;\n// Under astro dev every request renders anew, as a plain site does; the cache is for the build.\nif (import.meta.env.DEV) html.delete(id);\nif (!html.has(id)) html.set(id, Astro.slots.render('default'));\n---\n<Fragment set:html={await html.get(id)} />\n",
		'src/cache.js': '/** Rendered HTML per revision, shared by every page of the build. */\nexport const html = new Map();\n',
		'src/pages/[locale]/[version].astro': versionPage('${c.changed}/${locale}/${c.clause}'),
	};
	for (const r of policy.revisions) files[`revisions/${r.version}/${r.locale}/c${r.clause + 1}.mdx`] = r.mdx;
	write(root, files);
}
