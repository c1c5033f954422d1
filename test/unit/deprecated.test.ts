import { z } from 'astro/zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { policyLoader, policySchema, statementSchema } from '../../integration/content/index.ts';

// The loader reads the config Astro hands it; these tests only create loaders.
vi.mock('virtual:astro-privacy/config', () => ({ default: {} }));
afterEach(() => vi.restoreAllMocks());

describe('the names before "statement", kept for one release', () => {
	it('policyLoader() is statementLoader(), with a warning once per process', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(policyLoader({ base: 'policies' }).name).toBe('astro-privacy');
		policyLoader();
		expect(warn).toHaveBeenCalledTimes(1);
		expect(warn.mock.calls[0]![0]).toContain('use `statementLoader()`');
	});

	it('policySchema() is statementSchema(), own fields included, with a warning once', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const extend = z.object({ reviewer: z.string() });
		const clause = { kind: 'clause', title: 'T', order: 1, reviewer: 'Jan' };
		expect(policySchema({ extend }).parse(clause)).toEqual(statementSchema({ extend }).parse(clause));
		policySchema();
		expect(warn).toHaveBeenCalledTimes(1);
		expect(warn.mock.calls[0]![0]).toContain('use `statementSchema()`');
	});
});
