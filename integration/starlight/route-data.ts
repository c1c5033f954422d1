import type { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { POLICY_HEAD, type PolicyHead } from '../components/headEntries.ts';

/**
 * Starlight route middleware (`starlight({ routeMiddleware: 'astro-privacy/starlight' })`): on a statement
 * page, the head gets the statement's title, feed, `hreflang` alternates and JSON-LD instead of the
 * alternates Starlight derives from its own locales, which name the statement's languages twice or wrongly.
 */
export const onRequest: Parameters<typeof defineRouteMiddleware>[0] = (context) => {
	const policy = Reflect.get(context.locals, POLICY_HEAD) as PolicyHead | undefined;
	if (!policy) return;
	const route = context.locals.starlightRoute;
	const own = route.head.filter((entry) => entry.tag !== 'title' && !(entry.tag === 'link' && entry.attrs?.hreflang));
	route.head = [{ tag: 'title', attrs: {}, content: policy.title }, ...own, ...policy.entries];
};
