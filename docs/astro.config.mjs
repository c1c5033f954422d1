// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import astroPrivacy from 'astro-privacy';
import starlightLinksValidator from 'starlight-links-validator';

// The package's documentation, which publishes its own privacy statement with the package, set up as the
// Starlight recipe (src/content/docs/recipes/starlight.md) tells users to; a test holds the two together.
export default defineConfig({
	site: 'https://astro-privacy.example',
	integrations: [
		starlight({
			title: 'astro-privacy',
			routeMiddleware: 'astro-privacy/starlight',
			// Fails the build on a broken link between pages. It knows only Starlight's pages, so the statement's
			// URL is left out here; the docs-site test checks that page exists.
			plugins: [starlightLinksValidator({ exclude: ['/privacy/'] })],
			sidebar: [
				{ label: 'Start', items: ['index', 'getting-started', 'import'] },
				{
					label: 'Guide',
					items: ['writing-clauses', 'processing-register', 'versions', 'lock', 'translations', 'urls', 'redlines', 'search'],
				},
				{ label: 'Reference', items: ['options', 'layout'] },
				{ label: 'Recipes', items: ['recipes/starlight', 'recipes/blog', 'recipes/i18n', 'recipes/theming'] },
				{ label: 'Project', items: ['performance', 'contributing', { label: 'Privacy statement', link: '/privacy/' }] },
			],
		}),
		astroPrivacy({
			// Placeholders until the site has a host: record the real facts as a new version (see versions.md).
			controller: {
				name: 'The astro-privacy maintainers',
				postalAddress: ['Postbus 1234', '3500 AA Utrecht'],
				country: 'NL',
				email: 'privacy@astro-privacy.example',
			},
			locales: ['en', 'nl'],
			layout: './src/layouts/Policy.astro',
			layoutTitle: true,
			strict: true,
		}),
	],
});
