import { afterEach, describe, expect, it } from 'vitest';
import {
	collectSearchRecord,
	expectSearchRecords,
	firstToCollect,
	receiveSearchRecords,
	recordSources,
	type RecordCollector,
	type SearchRecordData,
} from '../../integration/search/records.ts';
import { searchRecord } from './search-record.ts';

const record = searchRecord;

/** An index that keeps what it receives, for the statements and languages given. */
function collector(statements = ['privacy'], locales = ['nl']) {
	const received: SearchRecordData[] = [];
	const index = { received, completed: 0, sources: recordSources(statements, locales) };
	const taker: RecordCollector = { sources: index.sources, receive: (r) => received.push(r), complete: () => index.completed++ };
	receiveSearchRecords(taker);
	return index;
}

/** The first page of a statement in a language: it claims the records and counts them. */
function firstPage(statement: string, locale: string, count: number) {
	expect(firstToCollect(statement, locale)).toBe(true);
	expectSearchRecords(statement, locale, count);
}

afterEach(() => receiveSearchRecords(undefined));

describe('the search records of a build', () => {
	it('go to the index of the build under way as the pages render them, in their order', () => {
		const index = collector();
		firstPage('privacy', 'nl', 2);
		collectSearchRecord('nl', record('intro'));
		collectSearchRecord('nl', record('cookies'));
		expect(index.received.map((r) => r.clause)).toEqual(['intro', 'cookies']);
	});

	it('are rendered by the first page of each statement and language, once per build', () => {
		expect(firstToCollect('privacy', 'nl')).toBe(false); // no build under way
		collector(['privacy', 'cookies'], ['nl', 'en']);
		const claims = [firstToCollect('privacy', 'nl'), firstToCollect('privacy', 'nl'), firstToCollect('privacy', 'en'), firstToCollect('cookies', 'nl')];
		expect(claims).toEqual([true, false, true, true]);
		collector(); // the next build
		expect(firstToCollect('privacy', 'nl')).toBe(true);
	});

	it('are complete once every statement and language has handed over all it counted, and not before', () => {
		const index = collector(['privacy', 'cookies'], ['nl', 'en']);
		firstPage('privacy', 'nl', 1);
		firstPage('privacy', 'en', 0);
		collectSearchRecord('nl', record('intro'));
		firstPage('cookies', 'nl', 1);
		firstPage('cookies', 'en', 1);
		expect(index.completed).toBe(0);
		// An untranslated text is a record in its own language, counted for the page's.
		collectSearchRecord('nl', { ...record('banner', 'en'), statement: 'cookies' });
		expect(index.completed).toBe(0);
		collectSearchRecord('en', { ...record('banner', 'en'), statement: 'cookies' });
		expect(index.completed).toBe(1);
		expect(index.received).toHaveLength(3);
	});

	it('wait for the page that claimed a statement and language but has not counted its records yet', () => {
		const index = collector(['privacy', 'cookies'], ['nl']);
		firstPage('privacy', 'nl', 1);
		firstToCollect('cookies', 'nl');
		collectSearchRecord('nl', record('intro'));
		expect(index.completed).toBe(0);
		// A page with nothing to hand over completes the index by counting.
		expectSearchRecords('cookies', 'nl', 0);
		expect(index.completed).toBe(1);
	});

	it('come from every statement in every language', () => {
		expect(recordSources(['privacy', 'cookies'], ['nl', 'en'])).toEqual(['privacy|nl', 'privacy|en', 'cookies|nl', 'cookies|en']);
	});

	it('are an error when no index takes them, naming the clause or the statement', () => {
		collector();
		receiveSearchRecords(undefined);
		expect(() => collectSearchRecord('nl', record('intro'))).toThrow(
			'the search record of clause "intro" reached no search index: none was started for this build',
		);
		expect(() => expectSearchRecords('cookies', 'en', 2)).toThrow(
			'the search records of "cookies" (en) reached no search index: none was started for this build',
		);
	});

	it("reach the integration's index from the copy of the module in Astro's bundle", async () => {
		const index = collector();
		const other = (await import(/* @vite-ignore */ `${'../../integration/search/records.ts'}?bundle`)) as typeof import('../../integration/search/records.ts');
		expect(other.collectSearchRecord).not.toBe(collectSearchRecord);
		expect(other.firstToCollect('privacy', 'nl')).toBe(true);
		other.expectSearchRecords('privacy', 'nl', 1);
		other.collectSearchRecord('nl', record('cookies'));
		expect(index.received.map((r) => r.clause)).toEqual(['cookies']);
		expect(index.completed).toBe(1);
	});
});
