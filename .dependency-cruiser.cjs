/**
 * The package's layers, each importing only downwards: model (pure data and functions) at the bottom,
 * then config, content (files to model), i18n, search, feeds and export, then components and routes, and
 * the integration's entry on top. The importer (import/) stands apart: it reads a statement a site already
 * publishes, uses only the model, and only the bin runs it. Run by `npm run lint:deps` (scripts/check-deps.ts), which lets this tool
 * read the frontmatter of `.astro` files too.
 */
const layer = (name) => `^integration/${name}/`;
module.exports = {
	forbidden: [
		{ name: 'no-circular', severity: 'error', comment: 'A circle has no bottom: split the shared part out.', from: {}, to: { circular: true } },
		{
			name: 'model-is-the-bottom',
			severity: 'error',
			comment: 'The model is pure: it imports no other layer of the package.',
			from: { path: layer('model') },
			to: { path: '^integration/(?!model/)' },
		},
		{
			name: 'import-uses-the-model',
			severity: 'error',
			comment: 'The importer reads files a user hands it, not the site: of the package it needs only the model.',
			from: { path: layer('import') },
			to: { path: '^integration/(?!(model|import)/)' },
		},
		{
			name: 'only-the-bin-imports',
			severity: 'error',
			comment: 'Importing is a command, never part of a build: nothing but the bin may load the importer and its parsers.',
			from: { path: '^integration/(?!(import|bin)/)' },
			to: { path: layer('import') },
		},
		{
			name: 'content-below-pages',
			severity: 'error',
			comment: 'Files become a model before any page exists.',
			from: { path: layer('(content|config|i18n|search|feeds|export)') },
			to: { path: layer('(routes|components)') },
		},
		{
			name: 'components-get-props',
			severity: 'error',
			comment: 'Components render what routes hand them.',
			from: { path: layer('components') },
			to: { path: layer('routes') },
		},
		{
			name: 'components-read-no-config',
			severity: 'error',
			comment: 'Components read the page object their route builds (StatementPage), never the config.',
			from: { path: layer('components') },
			to: { path: '^virtual:astro-privacy/config$' },
		},
	],
	options: { tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' }, exclude: { path: 'node_modules' } },
};
