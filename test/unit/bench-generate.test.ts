import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePolicy } from '../../bench/generate.ts';

const hash = (policy: ReturnType<typeof generatePolicy>) => createHash('sha256').update(JSON.stringify(policy.revisions)).digest('hex');
const shape = { clauses: 20, versions: 6, churn: 0.2, style: 'small' as const, seed: 7 };

describe('the benchmark generator', () => {
	it('writes the same statement for the same seed, and another for another seed', () => {
		expect(hash(generatePolicy(shape))).toBe(hash(generatePolicy(shape)));
		expect(hash(generatePolicy({ ...shape, seed: 8 }))).not.toBe(hash(generatePolicy(shape)));
	});

	it('changes every clause in both languages at once, and each change really changes the text', () => {
		const policy = generatePolicy(shape);
		for (const version of policy.versions.slice(1)) {
			const changed = policy.revisions.filter((r) => r.version === version);
			expect(changed.filter((r) => r.locale === 'nl').map((r) => r.clause)).toEqual(changed.filter((r) => r.locale === 'en').map((r) => r.clause));
		}
		const texts = new Map<string, string>();
		for (const r of policy.revisions) {
			const key = `${r.locale}/${r.clause}`;
			expect(r.mdx).not.toBe(texts.get(key));
			texts.set(key, r.mdx);
		}
		expect(policy.inForce.get(policy.versions.at(-1)!)).toHaveLength(shape.clauses * 2);
	});
});
