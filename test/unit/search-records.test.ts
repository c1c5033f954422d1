import { afterEach, describe, expect, it } from 'vitest';
import { collectSearchRecord, receiveSearchRecords, type SearchRecordData } from '../../integration/search/records.ts';
import { searchRecord } from './search-record.ts';

const record = searchRecord;

afterEach(() => receiveSearchRecords(undefined));

describe('the search records of a build', () => {
	it('go to the index of the build under way as the pages render them, in their order', () => {
		const received: SearchRecordData[] = [];
		receiveSearchRecords((r) => received.push(r));
		collectSearchRecord(record('intro'));
		collectSearchRecord(record('cookies'));
		expect(received.map((r) => r.clause)).toEqual(['intro', 'cookies']);
	});

	it('go to the next build’s index once it starts, never to the last one’s', () => {
		const [first, second]: SearchRecordData[][] = [[], []];
		receiveSearchRecords((r) => first.push(r));
		collectSearchRecord(record('intro'));
		receiveSearchRecords((r) => second.push(r));
		collectSearchRecord(record('retention'));
		expect([first.map((r) => r.clause), second.map((r) => r.clause)]).toEqual([['intro'], ['retention']]);
	});

	it('are an error when no index takes them, naming the clause', () => {
		receiveSearchRecords((r) => r);
		receiveSearchRecords(undefined);
		expect(() => collectSearchRecord(record('intro'))).toThrow('the search record of clause "intro" was rendered with no search index started');
	});

	it("reach the integration's receiver from the copy of the module in Astro's bundle", async () => {
		const received: SearchRecordData[] = [];
		receiveSearchRecords((r) => received.push(r));
		const other = (await import(/* @vite-ignore */ `${'../../integration/search/records.ts'}?bundle`)) as typeof import('../../integration/search/records.ts');
		expect(other.collectSearchRecord).not.toBe(collectSearchRecord);
		other.collectSearchRecord(record('cookies'));
		expect(received.map((r) => r.clause)).toEqual(['cookies']);
	});
});
