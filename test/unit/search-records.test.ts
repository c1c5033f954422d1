import { afterEach, describe, expect, it } from 'vitest';
import { collectSearchRecord, takeSearchRecords } from '../../integration/search/records.ts';
import { searchRecord } from './search-record.ts';

const record = searchRecord;

afterEach(() => {
	takeSearchRecords();
});

describe('the search records of a build', () => {
	it('are none before a page collects one', () => {
		expect(takeSearchRecords()).toEqual([]);
	});

	it('are handed over in the order the pages collected them, and only once: a second build starts afresh', () => {
		collectSearchRecord(record('intro'));
		collectSearchRecord(record('cookies'));
		expect(takeSearchRecords().map((r) => r.clause)).toEqual(['intro', 'cookies']);
		expect(takeSearchRecords()).toEqual([]);
		collectSearchRecord(record('retention'));
		expect(takeSearchRecords().map((r) => r.clause)).toEqual(['retention']);
	});

	it("reach the integration's copy of the module from the copy in Astro's bundle", async () => {
		collectSearchRecord(record('intro'));
		const other = (await import(/* @vite-ignore */ `${'../../integration/search/records.ts'}?bundle`)) as typeof import('../../integration/search/records.ts');
		expect(other.takeSearchRecords).not.toBe(takeSearchRecords);
		other.collectSearchRecord(record('cookies'));
		expect(takeSearchRecords().map((r) => r.clause)).toEqual(['intro', 'cookies']);
		expect(other.takeSearchRecords()).toEqual([]);
	});
});
