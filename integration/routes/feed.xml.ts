import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../feeds/atom.ts';
import type { PolicyPath } from '../model/urls.ts';
import { localePaths, statementFor, statementPage, type Statement } from './data.ts';

export const getStaticPaths = (async ({ routePattern }) => {
	const statement = statementFor(routePattern, 'feed');
	return localePaths().map(({ locale, param }) => ({ params: { locale: param }, props: { statement, locale } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
	const { statement, locale } = props as { statement: Statement; locale: string };
	const page = await statementPage(statement, locale);
	const { model, kit } = page;
	const absolute = (path: PolicyPath) => new URL(page.url(path), site ?? url).href;
	const xml = atomFeed({
		id: absolute({ kind: 'history' }),
		title: kit.t('feed.title', { title: kit.t(`statements.${statement.id}`) }),
		self: absolute({ kind: 'feed' }),
		alternate: absolute({ kind: 'history' }),
		// The facts a reader of the feed would find on the current page.
		author: (model.current ?? model.versions.at(-1))?.controller.name ?? statement.controller.name,
		lang: locale,
		entries: model.versions
			.filter((v) => v.status !== 'draft')
			.map((v) => ({
				id: absolute({ kind: 'version', version: v.id }),
				title: `${kit.t('policy.versionOf', { date: kit.date(v.id) })} (${kit.t(`history.status.${v.status}`)})`,
				link: absolute({ kind: 'redline', version: v.id }),
				date: v.id,
				summary: v.source.summary[locale] ?? '',
			})),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
