import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResolvedConfig } from '../../integration/config/resolve.ts';
import { statementLoader } from '../../integration/content/loader.ts';
import { PROBLEMS_ENTRY } from '../../integration/content/records.ts';
import { tempSites } from './content-site.ts';
import { files, fixtureConfig } from './statement-files.ts';

const astro = vi.hoisted(() => ({ config: undefined as unknown }));
vi.mock('virtual:astro-privacy/config', () => ({
	get default() {
		return astro.config;
	},
}));

const site = tempSites('loader-');
// The loader looks at a file again a moment after a reload read it: on a clock that only `vi.waitFor` moves,
// and that stops with each test, so no such look runs into the next test's site and config.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout'] }));
afterEach(() => vi.useRealTimers());

/** What Astro's content layer hands a loader: the MDX entry type, the schema, a logger, a store and a watcher. */
function context(root: string, mdx = true) {
	const store = new Map<string, { id: string; data: Record<string, unknown>; deferredRender?: boolean }>();
	const listeners: ((event: string, path: string) => void)[] = [];
	const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
	const ctx = {
		config: { root: pathToFileURL(`${root}/`) },
		entryTypes: new Map(
			mdx ? [['.mdx', { getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => files.entryInfo(contents, fileUrl) }]] : [],
		),
		parseData: files.parseData,
		logger: log,
		store: {
			keys: vi.fn(() => [...store.keys()]),
			set: (entry: { id: string; data: Record<string, unknown> }) => store.set(entry.id, entry),
			delete: (id: string) => store.delete(id),
			clear: () => store.clear(),
		},
		watcher: { add: vi.fn(), on: (_: string, listener: (event: string, path: string) => void) => listeners.push(listener) },
	};
	return { ctx, store, log, changed: (path: string) => Promise.all(listeners.map((l) => l('change', path))) };
}

/** The loader, under the config Astro would hand it (read through the mocked virtual module at each load). */
async function loader(config: ResolvedConfig) {
	astro.config = config;
	return statementLoader;
}

/** The error a build of the site at `root` fails with. */
async function buildError(root: string) {
	const load = (await loader(fixtureConfig()))({}).load(context(root).ctx as never);
	return (await load.then(
		() => expect.unreachable(),
		(error: unknown) => error,
	)) as Error & { hint: string };
}

describe('statementLoader, the adapter between Astro and loadStatements', () => {
	it('stores every published file, clauses rendered on demand, and no draft in a build', async () => {
		const root = site();
		const { ctx, store } = context(root);
		await (await loader(fixtureConfig()))({}).load(ctx as never);
		expect([...store.keys()]).toContain('privacy/nl/retention/2022-01-01');
		expect(store.get('privacy/nl/retention/2022-01-01')!.deferredRender).toBe(true);
		expect(store.get('privacy/versions/2022-01-01')!.deferredRender).toBe(false);
		expect([...store.keys()].filter((id) => id.includes('2031'))).toEqual([]);
	});

	it('reads another content folder, written with or without ./ and a final slash', async () => {
		const root = site();
		cpSync(join(root, 'content'), join(root, 'policies'), { recursive: true });
		rmSync(join(root, 'content'), { recursive: true });
		const { ctx, store } = context(root);
		await (await loader(fixtureConfig())).call(null, { base: './policies/' }).load(ctx as never);
		expect(store.size).toBeGreaterThan(10);
	});

	it('fails the build with every problem: the file, the field and the fix', async () => {
		const root = site();
		writeFileSync(join(root, 'content/privacy/versions/2022-01-01.yaml'), 'summary: [');
		writeFileSync(join(root, 'content/privacy/nl/retention/2022-01-01.mdx'), '---\ntitle: Bewaren\n---\nTekst.\n');
		const error = await buildError(root);
		expect(error.message).toMatch(/^astro-privacy found 2 problems in the statement content:\n- /);
		expect(error.message).toContain('- **content/privacy/versions/2022-01-01.yaml**: the version file is not valid YAML');
		expect(error.message).toContain('- **content/privacy/nl/retention/2022-01-01.mdx** (field `order`): the frontmatter does not match the schema');
		expect(error.hint).toContain('- content/privacy/versions/2022-01-01.yaml: Fix the YAML syntax');
	});

	it('names a single problem on one line, with its own hint', async () => {
		const root = site();
		writeFileSync(join(root, 'content/privacy/versions/2022-01-01.yaml'), 'summary: [');
		const error = await buildError(root);
		expect(error.message).toMatch(
			/^astro-privacy found a problem in the statement content: \*\*content\/privacy\/versions\/2022-01-01\.yaml\*\*: the version file is not valid YAML/,
		);
		expect(error.hint).toBe('Fix the YAML syntax; see "Versions" in the astro-privacy docs for an example.');
	});

	it('under astro dev, keeps running: the problem is stored for the pages to throw, and a fixed file reloads', async () => {
		const root = site();
		const file = join(root, 'content/privacy/versions/2022-01-01.yaml');
		const good = readFileSync(file, 'utf8');
		writeFileSync(file, 'summary: [');
		const { ctx, store, log, changed } = context(root);
		await (await loader(fixtureConfig({}, 'dev')))({}).load(ctx as never);
		expect([...store.keys()]).toEqual([PROBLEMS_ENTRY]);
		expect(store.get(PROBLEMS_ENTRY)!.data).toMatchObject({
			kind: 'problems',
			message: expect.stringContaining('not valid YAML'),
			hint: expect.stringContaining('Fix the YAML'),
		});
		expect(log.error).toHaveBeenCalledOnce();
		expect(ctx.watcher.add).toHaveBeenCalledWith(join(root, 'content'));
		writeFileSync(file, good);
		await changed(join(root, 'elsewhere/file.txt'));
		expect([...store.keys()]).toEqual([PROBLEMS_ENTRY]);
		await changed(file);
		await vi.waitFor(() => expect(store.has('privacy/versions/2031-01-01')).toBe(true));
		expect(store.has(PROBLEMS_ENTRY)).toBe(false);
	});

	it('under astro dev, reloads once for all the events that came during a reload, reading the files they name', async () => {
		const root = site();
		const { ctx, store, changed } = context(root);
		await (await loader(fixtureConfig({}, 'dev')))({}).load(ctx as never);
		const draft = ['nl/intro', 'en/intro', 'versions'].map((folder) =>
			join(root, `content/privacy/${folder}/2031-01-01.${folder === 'versions' ? 'yaml' : 'mdx'}`),
		);
		for (const file of draft) writeFileSync(file, readFileSync(file, 'utf8').replace(/^(title| {2}nl): .*$/m, '$1: Bewerkt'));
		const reloads = ctx.store.keys.mock.calls.length;
		// The first event starts a reload; the other two come while it runs, and one more reload takes both.
		for (const file of draft) void changed(file);
		const data = (id: string) => store.get(`privacy/${id}/2031-01-01`)!.data as { title?: string; summary?: { nl: string } };
		await vi.waitFor(() => expect(data('versions').summary!.nl).toBe('Bewerkt'));
		expect([data('nl/intro').title, data('en/intro').title]).toEqual(['Bewerkt', 'Bewerkt']);
		expect(ctx.store.keys.mock.calls.length).toBe(reloads + 2);
	});

	it('under astro dev, reads a file again once it changed after a reload read it half written', async () => {
		const root = site();
		const { ctx, store, changed } = context(root);
		await (await loader(fixtureConfig({}, 'dev')))({}).load(ctx as never);
		const file = join(root, 'content/privacy/nl/intro/2031-01-01.mdx');
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.slice(0, 10));
		void changed(file);
		await vi.waitFor(() => expect(store.has(PROBLEMS_ENTRY)).toBe(true));
		// The rest of the write: chokidar drops a change event this soon after the last one.
		writeFileSync(file, text.replace(/^title: .*$/m, 'title: Bewerkt'));
		await vi.waitFor(() => expect(store.get('privacy/nl/intro/2031-01-01')?.data).toMatchObject({ title: 'Bewerkt' }));
	});

	it('stages the lock files for the lock command, and only when every statement passed', async () => {
		const root = site();
		const stage = join(root, 'staged.json');
		const { ctx, log } = context(root);
		await (await loader({ ...fixtureConfig(), run: { kind: 'lock', init: false, stage } }))({}).load(ctx as never);
		const staged = JSON.parse(readFileSync(stage, 'utf8')) as { path: string; text: string }[];
		expect(staged.map((s) => s.path)).toEqual(['content/privacy/policy.lock.json']);
		expect(JSON.parse(staged[0]!.text).document).toBe('privacy');
		expect(log.info).toHaveBeenCalledWith('privacy: 3 version(s).');
		writeFileSync(join(root, 'content/privacy/versions/2022-01-01.yaml'), 'summary: [');
		rmSync(stage);
		await expect((await loader({ ...fixtureConfig(), run: { kind: 'lock', init: false, stage } }))({}).load(context(root).ctx as never)).rejects.toThrow();
		expect(() => readFileSync(stage)).toThrow();
	});

	it('asks for MDX support when the site has none', async () => {
		const { ctx } = context(site(), false);
		await expect((await loader(fixtureConfig()))({}).load(ctx as never)).rejects.toMatchObject({
			message: 'astro-privacy needs MDX support.',
			hint: 'Add `mdx()` from `@astrojs/mdx` to `integrations` in astro.config.mjs.',
		});
	});

	it('under astro dev without MDX, shows the problem again after an event, and looks at the file once', async () => {
		const root = site();
		const { ctx, store, log, changed } = context(root, false);
		await (await loader(fixtureConfig({}, 'dev')))({}).load(ctx as never);
		expect(store.has(PROBLEMS_ENTRY)).toBe(true);
		void changed(join(root, 'content/privacy/nl/intro/2031-01-01.mdx'));
		await vi.waitFor(() => expect(log.error).toHaveBeenCalledTimes(2));
		// The look again after the reload finds no content read, so nothing to reload.
		vi.advanceTimersByTime(100);
		for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
		expect(log.error).toHaveBeenCalledTimes(2);
		expect(log.error.mock.calls[1]![0]).toBe('astro-privacy needs MDX support.');
	});
});
