import { Readability } from '@mozilla/readability';
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import { parseHTML } from 'linkedom';
import type { Root } from 'mdast';
import { PAGE_MARKER } from '../model/paths.ts';

// linkedom implements the DOM's own types.
type Page = Document;
type PageElement = Element;

/** Never text of a statement, wherever they are. */
const ALWAYS_CHROME = [
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'embed',
	'svg',
	'canvas',
	'button',
	'input',
	'select',
	'textarea',
	'nav',
	'dialog',
	'[role=navigation]',
	'[role=search]',
	'[role=banner]',
	'[role=contentinfo]',
	'[role=dialog]',
	'[role=alertdialog]',
	'[aria-modal=true]',
].join(', ');
/** The HTML standard's rule: a header or footer is the page's own unless it sits in a section of content. */
const SECTIONING = 'article, aside, main, [role=main], nav, section';
const CONTENT = 'main, [role=main], article';
const COOKIE_WORDS = /cookie|consent|gdpr|cmp|cookiebot|onetrust/i;
/**
 * What an astro-privacy page adds around the clauses (its notices, dates, contents, facts lists, contact block
 * and version links): a page of this package imports back into its clause texts.
 */
const OWN_CHROME = [
	'.policy-bar',
	'.policy-meta',
	'.policy-notice',
	// A clause's date line and summary, in its section's header beside its heading.
	'section > header > p',
	// The same two by the classes earlier builds gave them: a page saved from one still imports.
	'.policy-date',
	'.policy-summary',
	'.policy-number',
	'.policy-facts',
	'.policy-cookies',
	'.policy-register',
	'.policy-contact',
	'.policy-versions',
	'.policy-search',
	'.policy-fingerprint',
]
	.map((selector) => `[${PAGE_MARKER}] ${selector}`)
	.join(', ');
const BANNER_WORDS = /banner|bar|notice|popup|modal|dialog|overlay|wall|consent|cmp/i;

/** The statement in a saved page, as Markdown's syntax tree. */
export function articleOf(source: string): Root {
	const page = cleanPage(source);
	const article = findArticle(page);
	const tree = fromHtml(article?.outerHTML ?? '', { fragment: true });
	return toMdast(tree) as Root;
}

/**
 * The text a reader sees in the page's content, after its chrome is gone: what the coverage check holds
 * the import to. That is all of `<main>`, so what Readability leaves out of it shows as missing; a page
 * without one has only the article to go by (its sidebars are `<div>`s like everything else).
 */
export function pageText(source: string): string {
	const page = cleanPage(source);
	const article = findArticle(page);
	const main = page.querySelector('main, [role=main]');
	const region = main && article && main.contains(article) ? main : article;
	return region ? toText(fromHtml(region.outerHTML, { fragment: true }) as HastRoot) : '';
}

/**
 * The page as a DOM without navigation, page header and footer, sidebars, cookie banners, scripts and
 * controls. parse5 reads the source first, as a browser would (linkedom alone cannot mend a page that
 * lacks `<html>` or `<body>`); linkedom then gives Readability and these selectors a DOM.
 */
function cleanPage(source: string): Page {
	const { document: page } = parseHTML(toHtml(fromHtml(source)));
	// Before the controls go: a banner is recognised by its buttons.
	for (const element of page.querySelectorAll('[id], [class]')) if (isCookieBanner(element)) element.remove();
	for (const element of page.querySelectorAll(ALWAYS_CHROME)) element.remove();
	for (const element of page.querySelectorAll(OWN_CHROME)) element.remove();
	for (const element of page.querySelectorAll('header, footer')) {
		if (element.parentElement?.closest(SECTIONING)) continue;
		// Many sites show the statement's title in a page header above <main>: it stays, the rest goes.
		const title = element.querySelector('h1');
		if (title) element.replaceWith(title);
		else element.remove();
	}
	for (const element of page.querySelectorAll('aside, [role=complementary]')) if (!element.parentElement?.closest('article')) element.remove();
	for (const element of page.querySelectorAll('[hidden], [aria-hidden=true]')) if (!element.closest(CONTENT)) element.remove();
	return page;
}

/**
 * A statement's own section on cookies (`<section id="cookies">`) must stay, so a banner is an element
 * named for cookies or consent that holds buttons or is named a banner, outside the content and not around it.
 */
function isCookieBanner(element: PageElement): boolean {
	const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
	if (!COOKIE_WORDS.test(names)) return false;
	if (element.closest(CONTENT) || element.querySelector(`${CONTENT}, h1`)) return false;
	return BANNER_WORDS.test(names) || element.querySelector('button, input, [role=button]') !== null;
}

/**
 * Readability finds the article, but its own output drops what it judges clutter (the `<h1>`, lists of
 * links, small tables), and a statement may lose no sentence. So it runs on a copy whose elements carry
 * their index, and the article is taken from the page itself: the smallest element around everything
 * Readability kept, widened to its `<article>` or `<main>` and to the page's `<h1>`.
 */
function findArticle(page: Page): PageElement | null {
	const body = page.body;
	if (!body || body.textContent.trim() === '') return null;
	const elements = [...body.querySelectorAll('*')];
	elements.forEach((element, index) => element.setAttribute('data-import-index', String(index)));
	const copy = page.cloneNode(true) as Page;
	const kept = new Readability(copy, { serializer: (node) => node as Element }).parse()?.content;
	const found = [...(kept?.querySelectorAll('[data-import-index]') ?? [])].map((node) => elements[Number(node.getAttribute('data-import-index'))]);
	for (const element of elements) element.removeAttribute('data-import-index');
	let article = found.reduce<PageElement | undefined>(
		(around, element) => (around && element ? commonAncestor(around, element) : (around ?? element)),
		undefined,
	);
	article = article?.closest('article') ?? article?.closest('main, [role=main]') ?? article;
	article ??= page.querySelector('main, [role=main]') ?? page.querySelector('article') ?? body;
	const title = page.querySelector('h1');
	return title && !article.contains(title) ? commonAncestor(article, title) : article;
}

function commonAncestor(a: PageElement, b: PageElement): PageElement {
	let around: PageElement | null = a;
	while (around && !around.contains(b)) around = around.parentElement;
	return around ?? a;
}
