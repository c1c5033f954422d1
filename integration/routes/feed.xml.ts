import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedConfig } from '../config/resolve.ts';
import { atomFeed } from '../feeds/atom.ts';
import { useLocale } from '../i18n/runtime.ts';
import config from 'virtual:astro-privacy/config';
import { statementFor, loadStatement, localePaths } from './data.ts';
import { policyUrl } from '../model/urls.ts';

export const getStaticPaths = (async ({ routePattern }) => {
	const document = statementFor(routePattern, 'feed');
	return localePaths().map(({ locale, param }) => ({ params: { locale: param }, props: { document, locale } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
	const { document, locale } = props as { document: ResolvedConfig['statements'][number]; locale: string };
	const model = await loadStatement(document.id);
	const kit = useLocale(locale);
	const absolute = (path: Parameters<typeof policyUrl>[3]) => new URL(policyUrl(config, document.base, locale, path), site ?? url).href;
	const xml = atomFeed({
		id: absolute({ kind: 'history' }),
		title: kit.t('feed.title', { title: kit.t(`statements.${document.id}`) }),
		self: absolute({ kind: 'feed' }),
		alternate: absolute({ kind: 'history' }),
		// The facts a reader of the feed would find on the current page.
		author: (model.current ?? model.versions.at(-1))?.controller.name ?? document.controller.name,
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
