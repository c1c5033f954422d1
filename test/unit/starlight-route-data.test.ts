import { describe, expect, it } from 'vitest';
import { POLICY_HEAD, type HeadEntry, type PolicyHead } from '../../integration/components/headEntries.ts';
import { onRequest } from '../../integration/starlight/route-data.ts';

type Context = Parameters<typeof onRequest>[0];
type StarlightHead = Context['locals']['starlightRoute']['head'];

/** What a statement page leaves in `Astro.locals` (PolicyShell.astro). */
const policy: PolicyHead = {
	title: 'Privacy statement | Fixture docs',
	entries: [
		{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'Privacy statement: changes', href: '/en/privacy/feed.xml' } },
		{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'nl', href: 'https://docs.fixture.example/privacy/' } },
		{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: 'https://docs.fixture.example/en/privacy/' } },
		{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: 'https://docs.fixture.example/privacy/' } },
		{ tag: 'script', attrs: { type: 'application/ld+json' }, content: '{"@type":"WebPage"}' },
	] satisfies HeadEntry[],
};

/** The head Starlight made for the page from its own config and locales. */
const starlightHead = (): StarlightHead => [
	{ tag: 'meta', attrs: { charset: 'utf-8' } },
	{ tag: 'title', attrs: {}, content: 'Privacy statement | Fixture docs' },
	{ tag: 'link', attrs: { rel: 'canonical', href: 'https://docs.fixture.example/en/privacy/' } },
	{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: 'https://docs.fixture.example/en/privacy/' } },
	{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: 'https://docs.fixture.example/en/privacy/' } },
	// Attributes are optional in Starlight's head config.
	{ tag: 'link' },
	{ tag: 'meta', attrs: { property: 'og:title', content: 'Privacy statement' } },
];

function context(head: PolicyHead | undefined, route: { head: StarlightHead }) {
	const locals = { starlightRoute: route } as Record<PropertyKey, unknown>;
	// Set under the registered key, as the copy of headEntries.ts in the page's bundle does.
	if (head) locals[Symbol.for('astro-privacy.head')] = head;
	return { locals } as unknown as Context;
}
const run = (ctx: Context) => onRequest(ctx, async () => {});

describe("the Starlight route middleware ('astro-privacy/starlight')", () => {
	it("gives a statement page the statement's title and head entries in place of Starlight's title and alternates", () => {
		const route = { head: starlightHead() };
		run(context(policy, route));
		expect(route.head).toEqual([
			{ tag: 'title', attrs: {}, content: 'Privacy statement | Fixture docs' },
			{ tag: 'meta', attrs: { charset: 'utf-8' } },
			{ tag: 'link', attrs: { rel: 'canonical', href: 'https://docs.fixture.example/en/privacy/' } },
			{ tag: 'link' },
			{ tag: 'meta', attrs: { property: 'og:title', content: 'Privacy statement' } },
			...policy.entries,
		]);
		// One title, and each language named once, by the statement.
		expect(route.head.filter((entry) => entry.tag === 'title')).toHaveLength(1);
		expect(route.head.flatMap((entry) => entry.attrs?.hreflang ?? [])).toEqual(['nl', 'en', 'x-default']);
	});

	it('sets the title of the statement page, not the one Starlight made', () => {
		const route = { head: starlightHead() };
		run(context({ title: 'Privacyverklaring', entries: [] }, route));
		expect(route.head[0]).toEqual({ tag: 'title', attrs: {}, content: 'Privacyverklaring' });
		expect(route.head.slice(1).map((entry) => entry.tag)).toEqual(['meta', 'link', 'link', 'meta']);
	});

	it('leaves every other page of the site alone, without reading its route data', () => {
		const route = {
			get head(): StarlightHead {
				throw new Error('read the route data of a page that is not a statement');
			},
			set head(_head: StarlightHead) {
				throw new Error('changed the head of a page that is not a statement');
			},
		};
		expect(run(context(undefined, route))).toBeUndefined();
	});
});

describe('POLICY_HEAD', () => {
	it('is a registered symbol, so every copy of the module finds the same key', () => {
		expect(POLICY_HEAD).toBe(Symbol.for('astro-privacy.head'));
	});
});
