import { describe, expect, it } from 'vitest';
import { jsonForScript, statementJsonLd } from '../../integration/model/jsonld.ts';

describe('JSON-LD', () => {
	it('cannot end its <script> early, whatever a title says', () => {
		const json = jsonForScript({ name: 'Privacy</script><script>alert(1)</script>' });
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual({ name: 'Privacy</script><script>alert(1)</script>' });
	});

	it('describes a version page: published since the first version, modified in the one shown', () => {
		const data = statementJsonLd({ title: 'Privacyverklaring', lang: 'nl', version: '2022-01-01', firstPublished: '2020-01-01', controller: { name: 'Testhost B.V.', email: 'privacy@testhost.example', address: ['Teststraat 1'] } as never });
		expect(data).toMatchObject({ '@type': 'WebPage', inLanguage: 'nl', version: '2022-01-01', datePublished: '2020-01-01', dateModified: '2022-01-01', publisher: { name: 'Testhost B.V.' } });
	});
});
