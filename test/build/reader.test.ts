import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

let site: Awaited<ReturnType<typeof buildFixture>>;
beforeAll(async () => {
	// An upcoming version whose intro prints the address in a sentence and as lines, and has a summary.
	site = await buildFixture('basic', {
		buildDate: '2025-01-01',
		edit: (root) => {
			const config = join(root, 'astro.config.mjs');
			writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', 'strict: false,'));
			for (const draft of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', draft));
			writeFileSync(join(root, 'content/privacy/versions/2032-01-01.yaml'), 'summary:\n  nl: Adres erbij.\n  en: Address added.\n');
			const intro = (title: string, summary: string, sentence: string) =>
				`---\ntitle: ${title}\norder: 10\nsummary: ${summary}\n---\n\n${sentence} <Controller field="address" />, KvK <Controller field="kvk" />.\n\n<Controller field="address" as="lines" />\n`;
			writeFileSync(join(root, 'content/privacy/nl/intro/2032-01-01.mdx'), intro('Wie wij zijn', 'Wie wij zijn en waar.', 'Ons adres is'));
			writeFileSync(join(root, 'content/privacy/en/intro/2032-01-01.mdx'), intro('Who we are', 'Who we are and where.', 'Our address is'));
		},
	});
});

const dom = (path: string): Root => fromHtml(site.read(path));
const textOf = (node: ElementContent | Root): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
/** The clause sections of a statement page: the article's sections other than the register overview. */
const clauses = (tree: Root) => selectAll('article.policy > section:not(.policy-register)', tree);
/** `/privacy/changes/2022-01-01/#retention` → the file and the anchor. */
const target = (href: string) => {
	const [path, anchor] = href.split('#') as [string, string];
	return { file: `${path.slice(1)}index.html`, anchor };
};

const PAGES = [
	'privacy/',
	'en/privacy/',
	'privacy/2020-01-01/',
	'en/privacy/2020-01-01/',
	'privacy/2022-01-01/',
	'privacy/2030-01-01/',
	'en/privacy/2030-01-01/',
	'privacy/2032-01-01/',
	'en/privacy/2032-01-01/',
];

describe('every clause of a statement page', () => {
	it('has exactly one last-modified date, outside its heading, linking to that change on an existing redline', () => {
		for (const page of PAGES) {
			const sections = clauses(dom(`${page}index.html`));
			expect(sections.length, page).toBeGreaterThan(1);
			for (const section of sections) {
				const id = String(section.properties.id ?? select('h2, h3', section)?.properties.id);
				const times = selectAll('time', section);
				expect(times.length, `${page}#${id}`).toBe(1);
				const link = select('header > p:first-of-type > a', section)!;
				expect(select('time', link)).toBe(times[0]);
				const heading = select('h2, h3, h4', section);
				if (heading) expect(textOf(heading), `${page}#${id}`).not.toContain(textOf(times[0]!));
				const { file, anchor } = target(String(link.properties.href));
				expect(anchor).toBe(id);
				expect(file).toContain(`changes/${times[0]!.properties.dateTime}/`);
				expect(site.exists(file), `${page}#${id} → ${file}`).toBe(true);
				expect(select(`[id="${anchor}"]`, dom(file)), `${file}#${anchor}`).toBeDefined();
			}
		}
	});

	it('opens with a header of its heading, its date line and its summary, unclassed, styled by their place', () => {
		const elements = (node: Element) => node.children.filter((c): c is Element => c.type === 'element');
		for (const page of PAGES) {
			for (const section of clauses(dom(`${page}index.html`))) {
				const [header, ...text] = elements(section);
				const parts = elements(header!);
				expect(header!.tagName, page).toBe('header');
				expect(parts.map((p) => p.tagName).join(' '), page).toMatch(/^h[2-6] p( p)?$/);
				expect(parts.map((p) => p.properties.className).filter(Boolean), page).toEqual([]);
				expect(text.length, page).toBeGreaterThan(0);
			}
		}
		const intro = clauses(dom('privacy/2032-01-01/index.html')).find((s) => select('h2#intro', s))!;
		expect(textOf(select('header > p:last-child', intro)!)).toBe('Wie wij zijn en waar.');
	});

	const dateLine = (page: string, clause: string) => {
		const section = clauses(dom(`${page}index.html`)).find((s) => select(`[id="${clause}"]`, s) || s.properties.id === clause)!;
		const line = select('header > p:first-of-type', section)!;
		return `${textOf(line)} → ${select('time', line)!.properties.dateTime}`;
	};

	it('says when the text last changed: in the version shown, since the first version, or on a later date', () => {
		// intro: 2020, then 2032; retention: 2020, then 2022; transfers: added 2030.
		expect(dateLine('privacy/', 'intro')).toBe('Ongewijzigd sinds de eerste versie, 1 januari 2020 → 2020-01-01');
		expect(dateLine('privacy/', 'retention')).toBe('Gewijzigd in deze versie, 1 januari 2022 → 2022-01-01');
		expect(dateLine('en/privacy/2030-01-01/', 'retention')).toBe('Last changed 1 January 2022 → 2022-01-01');
		expect(dateLine('en/privacy/2030-01-01/', 'transfers')).toBe('New in this version, 1 January 2030 → 2030-01-01');
		expect(dateLine('privacy/2032-01-01/', 'intro')).toBe('Gewijzigd in deze versie, 1 januari 2032 → 2032-01-01');
		expect(dateLine('privacy/2032-01-01/', 'retention')).toBe('Laatst gewijzigd 1 januari 2022 → 2022-01-01');
		expect(dateLine('en/privacy/2020-01-01/', 'newsletter')).toBe('Unchanged since the first version, 1 January 2020 → 2020-01-01');
	});
});

describe('facts inside a sentence', () => {
	it('read as part of it, an address with commas; as="lines" keeps the lines', () => {
		const intro = clauses(dom('privacy/2032-01-01/index.html')).find((s) => select('#intro', s))!;
		const sentence = select('section > p', intro)!;
		expect(textOf(sentence)).toBe('Ons adres is Teststraat 1, 1234 AB Amsterdam, KvK 12345678.');
		expect(selectAll('br', sentence)).toEqual([]);
		// The address as lines, on a line of its own in the MDX: one break between its two lines.
		expect(selectAll('br', intro).length).toBe(1);
	});
});

const BLOCKS = new Set([
	'p',
	'div',
	'section',
	'aside',
	'nav',
	'header',
	'li',
	'dt',
	'dd',
	'tr',
	'td',
	'th',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'address',
	'ol',
	'ul',
	'dl',
	'table',
]);

describe('labels', () => {
	it('are separated from the text they label in the text of every page', () => {
		// The page's text with a mark where each label's words end: a letter right after a mark is a glued label.
		const marked = (node: ElementContent | Root): string => {
			if (node.type === 'text') return node.value;
			if (node.type !== 'element' && node.type !== 'root') return '';
			const inner = node.children.map((c) => marked(c as ElementContent));
			// Text extraction breaks the line around a block.
			if (node.type === 'element' && BLOCKS.has(node.tagName)) return `\n${inner.join('')}\n`;
			if (node.type === 'element' && node.tagName === 'label') return inner.map((t, i) => (i === 0 ? `${t}\u0001` : t)).join('');
			const label = node.type === 'element' && (node.tagName === 'strong' || String(node.properties.className).includes('policy-status'));
			return inner.join('') + (label ? '\u0001' : '');
		};
		const pages = [
			'privacy/index.html',
			'privacy/changes/index.html',
			'privacy/changes/2032-01-01/index.html',
			'en/privacy/changes/since/2020-01-01/index.html',
			'privacy/2030-01-01/index.html',
		];
		for (const page of pages) {
			const text = marked(select('article', dom(page))!);
			expect(text.split('\u0001').length, page).toBeGreaterThan(1);
			// eslint-disable-next-line no-control-regex -- \u0001 is the test's own mark
			for (const [glued] of text.matchAll(/\S*\u0001[^\s\u0001.,;:)!?]\S*/gu)) expect.fail(`${page}: label glued to its text in "${glued}"`);
		}
	});

	it('"In short" on a redline is followed by a space before the summary', () => {
		const summary = select('.policy-summary', dom('privacy/changes/2032-01-01/index.html'))!;
		expect(textOf(summary)).toMatch(/^In het kort \S/);
	});
});

describe('the history', () => {
	it('gives the first version one line: its summary', () => {
		for (const [page, summary] of [
			['privacy/changes/index.html', 'Eerste versie.'],
			['en/privacy/changes/index.html', 'First version.'],
		] as const) {
			const first = select('#v-2020-01-01', dom(page)) as Element;
			const lines = selectAll('p', first).map(textOf);
			expect(lines[0], page).toBe(summary);
			expect(
				lines.filter((l) => /first|eerste/i.test(l)),
				page,
			).toEqual([summary]);
		}
	});
});

describe('titles', () => {
	it('fit 70 characters on every page, in both languages', () => {
		const pages = [
			'privacy/changes/since/2020-01-01/',
			'en/privacy/changes/since/2020-01-01/',
			'privacy/changes/2032-01-01/',
			'en/privacy/changes/2032-01-01/',
			'privacy/2032-01-01/',
			'privacy/changes/',
		];
		for (const page of pages) {
			const title = textOf(select('title', dom(`${page}index.html`))!);
			expect(title.length, title).toBeLessThanOrEqual(70);
		}
		// The full wording stays in the heading.
		expect(textOf(select('h1', dom('privacy/changes/since/2020-01-01/index.html'))!)).toBe('Wat er veranderde sinds de versie van 1 januari 2020');
	});
});
