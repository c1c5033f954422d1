import { describe, expect, it } from 'vitest';
import { notIndexed } from '../../integration/components/StatementPage.ts';

describe('notIndexed', () => {
	it("marks a part of the page for the site's own Pagefind index to skip, when that index reads the statement", () => {
		expect(notIndexed({ hostIndex: true })).toEqual({ 'data-pagefind-ignore': '' });
	});

	it('adds nothing when the whole statement is kept out of that index anyway', () => {
		expect(notIndexed({ hostIndex: false })).toEqual({});
	});
});
