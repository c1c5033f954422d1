import type { Page } from 'playwright-core';

/**
 * Every place in the rendered statement where a line ends inside a word without a visible hyphen, and every
 * character that sticks out of the statement's box. A word is a run of characters without a breaking space,
 * across inline elements; a line break inside it next to a letter or digit counts, unless
 * - a `<wbr>` or `<br>` of the page allows it (an e-mail address after `@` or before `.`),
 * - it follows a hyphen, a dash or a slash, which the reader sees,
 * - it falls between two letters where `hyphens: auto` applies and this browser can hyphenate the language:
 *   with `overflow-wrap` only the last resort, a break there is a hyphenation point, with a hyphen that is
 *   not in the DOM. Without dictionaries (the Chromium of these tests has none) nothing is excused so.
 * A break between two marks, as in `6(1)|(f)`, is Unicode line breaking's own. Text with `word-break:
 * break-all` (a hash) has no words and is skipped; text in a box that scrolls (a wide table) may pass the
 * statement's edge.
 */
export async function wordBreaks(page: Page, selector = '.policy'): Promise<string[]> {
	return page.evaluate(
		([selector, languages]) => {
			const root = document.querySelector(selector)!;
			const bounds = root.getBoundingClientRect();
			const problems: string[] = [];
			const range = document.createRange();
			const invisible = (el: Element) => {
				const style = getComputedStyle(el);
				const box = el.getBoundingClientRect();
				return (
					style.display === 'none' ||
					style.visibility === 'hidden' ||
					style.wordBreak === 'break-all' ||
					(style.overflow === 'hidden' && box.width <= 1 && box.height <= 1)
				);
			};
			const scrolls = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
			const blockOf = (node: Node) => {
				let el = node.parentElement!;
				while (getComputedStyle(el).display === 'inline' && el !== root) el = el.parentElement!;
				return el;
			};
			const spaceBreaks = (c: string) => /[\s\u200b]/.test(c) && !/[\u00a0\u2007\u202f\ufeff]/.test(c);
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
				acceptNode: (node) => (node instanceof Element && invisible(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
			});
			let previous: { char: string; bottom: number; block: Element } | undefined;
			let word = '';
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node instanceof Element) {
					if (node.localName === 'wbr' || node.localName === 'br') previous = undefined;
					continue;
				}
				const text = (node as Text).data;
				const block = blockOf(node);
				let scroller = node.parentElement!;
				while (scroller !== root && !scrolls(scroller)) scroller = scroller.parentElement!;
				if (previous?.block !== block) [previous, word] = [undefined, ''];
				const hyphenated =
					getComputedStyle(node.parentElement!).hyphens === 'auto' &&
					languages.includes(node.parentElement!.closest('[lang]')?.getAttribute('lang')?.split('-')[0] ?? '');
				for (let i = 0; i < text.length; i++) {
					const char = text[i]!;
					if (spaceBreaks(char)) {
						previous = undefined;
						word = '';
						continue;
					}
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = range.getClientRects()[0];
					if (!rect) continue;
					if (scroller === root && (rect.right > bounds.right + 1 || rect.left < bounds.left - 1)) problems.push(`sticks out: ${word}${char}`);
					if (previous && rect.top >= previous.bottom - 1 && /[\p{L}\p{N}]/u.test(previous.char + char)) {
						const excused = /[-\u2010-\u2014/]/.test(previous.char) || (hyphenated && /\p{L}/u.test(previous.char) && /\p{L}/u.test(char));
						if (!excused) problems.push(`${word}|${text.slice(i).split(/\s/)[0]}`);
					}
					previous = { char, bottom: rect.bottom, block };
					word += char;
				}
			}
			return problems;
		},
		[selector, await hyphenatedLanguages(page)] as const,
	);
}

/** The languages this browser can hyphenate: a long word in a narrow box with `hyphens: auto` wraps only if it can. */
async function hyphenatedLanguages(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Object.entries({ nl: 'verwerkingsverantwoordelijke', en: 'incomprehensibilities' })
			.filter(([lang, word]) => {
				const probe = Object.assign(document.createElement('div'), { lang, textContent: word });
				probe.style.cssText = 'width: 4em; hyphens: auto; overflow-wrap: normal; position: absolute';
				document.body.append(probe);
				const wraps = probe.scrollWidth <= probe.clientWidth + 1;
				probe.remove();
				return wraps;
			})
			.map(([lang]) => lang),
	);
}
