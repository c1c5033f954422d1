import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

/** A site's own contact block and clause heading, typed with the props the package documents. */
const contact = `---
import type { ContactBlockProps } from 'astro-privacy';
type Props = ContactBlockProps;
const { controller, lang, title } = Astro.props;
---
<section class="site-contact" id="policy-contact" lang={lang}><h2>{title}</h2><p>{controller.name}, {controller.email}</p></section>
`;
const heading = `---
import type { ClauseHeadingProps } from 'astro-privacy';
type Props = ClauseHeadingProps;
const { level, id, title, number } = Astro.props;
const Tag = \`h\${level}\`;
---
<Tag id={id} class="site-heading">{number ? \`\${number}. \` : ''}{title}</Tag>
`;

describe('components of the site’s own', () => {
	it('replace the contact block and every clause heading, with the props they are documented to get', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				mkdirSync(join(root, 'src/components'), { recursive: true });
				writeFileSync(join(root, 'src/components/Contact.astro'), contact);
				writeFileSync(join(root, 'src/components/Heading.astro'), heading);
				const config = join(root, 'astro.config.mjs');
				writeFileSync(
					config,
					readFileSync(config, 'utf8').replace(
						'strict: true,',
						"strict: true,\n\t\t\tcomponents: { ContactBlock: './src/components/Contact.astro', ClauseHeading: './src/components/Heading.astro' },",
					),
				);
			},
		});
		const nl = site.read('privacy/index.html');
		expect(nl).toContain(
			'<section class="site-contact" id="policy-contact" lang="nl"><h2>Contactgegevens</h2><p>Testhost B.V., privacy@testhost.example</p></section>',
		);
		expect(nl).not.toContain('class="policy-contact"');
		expect(nl).toContain('<h2 id="retention" class="site-heading">Bewaartermijnen</h2>');
		expect(site.read('en/privacy/2030-01-01/index.html')).toContain('<h2 id="transfers" class="site-heading">Transfers</h2>');
	});
});
