import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { elements } from '../unit/redline/safety.ts';
import { buildFixture } from './fixture.ts';

/**
 * The redline-safety fixture: clauses whose MDX carries markup in attribute values (`title`, `href`, `class`,
 * `id`) and in text, in paragraphs, table cells, list items, links and headings, changed over three versions
 * so that every redline path runs: a clause added (cookies, 2022), one removed (newsletter, 2022), a word
 * changed inline (terms, 2022), a paragraph added (rights, 2022), a table cell changed and a row added
 * (retention, 2022) and a row rewritten (2024), list items changed, added and removed (processors), an abbr's
 * title changed (terms, 2024), a link's target changed (cookies, 2024), and the since pages.
 */
let dist: string;
let pages: Map<string, Root>;

beforeAll(async () => {
	const site = await buildFixture('redline-safety', { buildDate: '2025-01-01' });
	dist = site.dist;
	const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html'));
	pages = new Map(files.map((f) => relative(dist, join(f.parentPath, f.name))).map((path) => [path, fromHtml(readFileSync(join(dist, path), 'utf8'))]));
});

const text = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');
const changePages = () => [...pages].filter(([path]) => /^(en\/)?privacy\/changes\//.test(path));

/** Scripts a page may have: JSON-LD data and bundled scripts loaded by URL. Anything else came from content. */
function unsafe(root: Root): string[] {
	const found: string[] = [];
	for (const element of elements(root)) {
		const { type, src } = element.properties;
		if (element.tagName === 'script' && type !== 'application/ld+json' && src === undefined)
			found.push(`<script>${element.children.map((c) => ('value' in c ? c.value : '')).join('')}</script>`);
		// A clause may not use these (the content check refuses them), so on a page they came out of an attribute value.
		if (['img', 'svg', 'iframe', 'object', 'embed'].includes(element.tagName)) found.push(`<${element.tagName}>`);
		for (const name of Object.keys(element.properties)) if (/^on/i.test(name)) found.push(`${name} on <${element.tagName}>`);
	}
	return found;
}

/** The unsafe things on each page, counted, one line a page. */
function report(list: [string, Root][]): string[] {
	return list.flatMap(([path, root]) => {
		const counts = new Map<string, number>();
		for (const problem of unsafe(root)) counts.set(problem, (counts.get(problem) ?? 0) + 1);
		return counts.size ? [`${path}: ${[...counts].map(([problem, n]) => `${n} × ${problem}`).join(', ')}`] : [];
	});
}

/** Whether the page has a `tag` whose attribute `property` (hast's name: `className`, `href`) is `value`. */
const hasAttribute = (root: Root, tag: string, property: string, value: string) =>
	[...elements(root)].some((e) => e.tagName === tag && [e.properties[property]].flat().join(' ') === value);

const script = '"><script>alert(1)</script>';
/** Attribute values each page must show as they were written, in both languages (heading ids namespaced by clause). */
const expected: Record<string, [string, string, string][]> = {
	// The first version: every clause added whole.
	'changes/2020-01-01': [
		['abbr', 'title', script],
		['abbr', 'title', '" onmouseover="alert(1)'],
		['abbr', 'title', '"><img src=x onerror=alert(1)>'],
		['a', 'href', `/verwerkers?x=${script}`],
		['a', 'title', "' onmouseover='alert(1)"],
		['h3', 'id', `rights--${script}`],
		['p', 'id', script],
	],
	'changes/2022-01-01': [
		['abbr', 'title', script],
		['abbr', 'title', '"><img src=x onerror=alert(1)>'],
		['a', 'href', `/facturen?q=${script}`],
		['a', 'href', `/verwerkers?x=${script}`],
		['span', 'className', script],
		['h3', 'id', `rights--${script}`],
		['a', 'href', `mailto:privacy@testhost.example?subject=${script}`],
		['a', 'className', "' onmouseover='alert(1)"],
		['strong', 'title', '"><svg onload=alert(1)>'],
		// The newsletter, removed.
		['abbr', 'title', '</abbr><img src=x onerror=alert(1)>'],
		['a', 'href', `/afmelden?${script}`],
	],
	'changes/2024-01-01': [
		['abbr', 'title', script],
		['abbr', 'title', '</abbr><img src=x onerror=alert(1)>'],
		['span', 'title', '--><script>alert(1)</script>'],
		['a', 'href', '/cookies?v="><img src=x onerror=alert(1)>'],
	],
	'changes/since/2020-01-01': [
		['abbr', 'title', '</abbr><img src=x onerror=alert(1)>'],
		['span', 'title', '--><script>alert(1)</script>'],
		['span', 'className', script],
		['h3', 'id', `rights--${script}`],
		['a', 'href', '/cookies?v="><img src=x onerror=alert(1)>'],
	],
	'changes/since/2022-01-01': [
		['abbr', 'title', '</abbr><img src=x onerror=alert(1)>'],
		['span', 'title', '--><script>alert(1)</script>'],
		['a', 'href', '/cookies?v="><img src=x onerror=alert(1)>'],
	],
};

describe('redline pages of clauses with markup in attribute values and text', () => {
	it('are built for each version and each earlier version, in both languages', () => {
		const built = changePages().map(([path]) => path);
		for (const prefix of ['', 'en/']) for (const page of Object.keys(expected)) expect(built).toContain(`${prefix}privacy/${page}/index.html`);
	});

	it('have no script, no embedded element and no event handler that came out of the content', () => {
		expect(report(changePages())).toEqual([]);
	});

	it('show each attribute value as the value it was written as', () => {
		const missing = Object.entries(expected).flatMap(([page, values]) =>
			['', 'en/'].flatMap((prefix) => {
				const path = `${prefix}privacy/${page}/index.html`;
				return values
					.filter(([tag, property, value]) => !hasAttribute(pages.get(path)!, tag, property, value))
					.map(([tag, property, value]) => `${path}: <${tag}> ${property}=${JSON.stringify(value)}`);
			}),
		);
		expect(missing).toEqual([]);
	});

	it('show markup-like text as text', () => {
		for (const prefix of ['', 'en/']) {
			const root = pages.get(`${prefix}privacy/changes/2022-01-01/index.html`)!;
			const texts = (tag: string) => [...elements(root)].filter((e) => e.tagName === tag).map(text);
			expect(texts('td').some((t) => t.includes('</td></tr><script>alert(1)</script>'))).toBe(true);
			expect(texts('code')).toContain('</li><script>alert(1)</script>');
		}
	});
});

describe('the other pages showing the same clauses', () => {
	// Not redlines, but the clause HTML goes through the same kind of parsing there (heading ids are
	// namespaced per clause), so the same markup is checked on them.
	it('have no script, no embedded element and no event handler that came out of the content', () => {
		expect(report([...pages].filter(([path]) => !/^(en\/)?privacy\/changes\//.test(path)))).toEqual([]);
	});
});
