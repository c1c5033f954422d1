import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revision } from './records.ts';

const astro = vi.hoisted(() => ({ entries: new Map<string, unknown>(), rendered: [] as string[] }));
vi.mock('astro:content', () => ({
	getEntry: async (collection: string, id: string) => (collection === 'policy' ? astro.entries.get(id) : undefined),
	render: async (entry: { id: string }) => {
		astro.rendered.push(entry.id);
		return { Content: `Content of ${entry.id}` };
	},
}));
vi.mock('../../integration/components/Controller.astro', () => ({ default: () => 'Controller' }));
vi.mock('../../integration/components/Purpose.astro', () => ({ default: () => 'Purpose' }));

let copies = 0;
/** A fresh copy of one module (its caches are per build), its imports shared. */
const fresh = async <T>(path: string) => (await import(/* @vite-ignore */ `${path}?copy=${++copies}`)) as T;

beforeEach(() => {
	astro.entries = new Map([['privacy/nl/intro/2020-01-01', { id: 'privacy/nl/intro/2020-01-01' }]]);
	astro.rendered = [];
});

describe('rendering once per build', () => {
	it('compiles a clause once, however many pages show it', async () => {
		const { clauseContent } = await fresh<typeof import('../../integration/components/render.ts')>('../../integration/components/render.ts');
		const [a, b] = await Promise.all([clauseContent('privacy/nl/intro/2020-01-01'), clauseContent('privacy/nl/intro/2020-01-01')]);
		expect(a).toBe('Content of privacy/nl/intro/2020-01-01');
		expect(b).toBe(a);
		expect(astro.rendered).toEqual(['privacy/nl/intro/2020-01-01']);
	});

	it('names a clause the collection does not have', async () => {
		const { clauseContent } = await fresh<typeof import('../../integration/components/render.ts')>('../../integration/components/render.ts');
		await expect(clauseContent('privacy/nl/gone/2020-01-01')).rejects.toThrow(
			'astro-privacy: clause privacy/nl/gone/2020-01-01 is missing from the policy collection',
		);
	});

	it('keeps rendered HTML by id, and renders another id anew', async () => {
		const { renderOnce } = await fresh<typeof import('../../integration/components/render.ts')>('../../integration/components/render.ts');
		const slot = vi.fn(async () => '<p>x</p>');
		expect(await renderOnce('a', slot)).toBe('<p>x</p>');
		expect(await renderOnce('a', slot)).toBe('<p>x</p>');
		await renderOnce('b', slot);
		expect(slot).toHaveBeenCalledTimes(2);
	});

	it('binds one <Controller /> per set of facts and language, and one <Purpose /> per text and purpose facts', async () => {
		const { clauseComponents } = await fresh<typeof import('../../integration/components/clauseComponents.ts')>(
			'../../integration/components/clauseComponents.ts',
		);
		const facts = { name: 'Testhost B.V.', email: 'privacy@testhost.example' } as never;
		const nl = revision('invoices', 'nl', '2020-01-01', { purposes: [{ data: ['billing'] }] });
		const en = revision('invoices', 'en', '2020-01-01', { purposes: [{ data: ['billing'] }] });
		const components = clauseComponents(nl, facts, 'digest');
		const again = clauseComponents(nl, facts, 'digest');
		expect(again.Purpose).toBe(components.Purpose);
		expect(again.Controller).toBe(components.Controller);
		expect(clauseComponents(en, facts, 'digest').Controller).not.toBe(components.Controller);
		expect(clauseComponents(nl, facts, 'other').Controller).not.toBe(components.Controller);
		expect(clauseComponents({ ...nl, purposes: [{ data: ['name'] }] }, facts, 'digest').Purpose).not.toBe(components.Purpose);
		expect(clauseComponents(en, facts, 'digest').Purpose).not.toBe(components.Purpose);
	});
});
