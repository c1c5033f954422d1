import type { APIRoute } from 'astro';
import { FINGERPRINT_ALGORITHM, publishedRecords } from '../model/record.ts';
import { documentFor, loadDocument } from './data.ts';

/**
 * The record of every published version, as the lock file has it: what `astro-privacy-verify --against`
 * compares a later build with, and what lets anyone check a version page's fingerprint.
 */
export const GET: APIRoute = async ({ routePattern }) => {
	const document = documentFor(routePattern, 'records');
	const model = await loadDocument(document.id);
	const body = { algorithm: FINGERPRINT_ALGORITHM, document: document.id, current: model.current?.id ?? null, versions: Object.fromEntries(publishedRecords(model)) };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
