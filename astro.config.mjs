// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import astroPrivacy from 'astro-privacy';

export default defineConfig({
	site: 'https://www.voorbeeldhosting.example',
	i18n: {
		defaultLocale: 'nl',
		locales: ['nl', 'en'],
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		mdx(),
		astroPrivacy({
			controller: {
				name: 'Kanaalhost B.V.',
				address: ['Vaartweg 41', '3531 AB Utrecht', 'Nederland'],
				email: 'privacy@kanaalhost.example',
				phone: '+31 30 123 45 67',
				kvk: '87654321',
				vat: 'NL864213579B01',
			},
			// The cookie statement points to the privacy statement for what GDPR Art. 13 asks.
			statements: [{ id: 'privacy' }, { id: 'cookies', numbering: 'decimal', art13: false }],
			layout: './src/layouts/Site.astro',
			strict: true,
		}),
	],
});
