import { describe, expect, it } from 'vitest';
import { SingleLanguageChangeSchema } from '../../integration/model/schema/version.ts';

describe('the version file schema', () => {
	// The lock's record hashes the parsed reason: trimming it is part of the published algorithm.
	it('trims a one-language reason, as the record has always hashed it, and refuses a blank one', () => {
		expect(SingleLanguageChangeSchema.parse({ clause: 'cookies', locale: 'nl', reason: '  Typo in the Dutch text.  ' }).reason).toBe('Typo in the Dutch text.');
		expect(SingleLanguageChangeSchema.safeParse({ clause: 'cookies', locale: 'nl', reason: '   ' }).success).toBe(false);
	});
});
