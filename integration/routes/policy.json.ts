import type { APIRoute } from 'astro';
import config from 'virtual:astro-privacy/config';
import { policyExport } from '../model/export.ts';
import { statementFor, loadStatement } from './data.ts';
import { policyUrl } from '../model/urls.ts';

/** The statement's published versions, their digests and register, as JSON; the docs ("URLs and policy.json") describe the shape. */
export const GET: APIRoute = async ({ routePattern, site, url }) => {
	const statement = statementFor(routePattern, 'records');
	const model = await loadStatement(statement.id);
	const pageUrl = (locale: string, version: string) => new URL(policyUrl(config, statement.base, locale, { kind: 'version', version }), site ?? url).href;
	const body = policyExport(model, config.locales, pageUrl);
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
