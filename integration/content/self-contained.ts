import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { PURPOSE_FACTS } from '../model/purpose.ts';
import { CONTROLLER_FIELDS } from '../model/schema/controller.ts';
import { controlCharacter } from '../model/schema/text.ts';
import type { ContentProblem } from '../model/types.ts';

/**
 * The HTML a clause may use: text structure only. Anything else could fetch or run something the lock
 * cannot see (`<iframe>`, `<img>`, `<meta http-equiv>`, `<svg><image>`, …), so an allowlist, not a blocklist.
 */
const ELEMENTS = new Set(['a', 'abbr', 'address', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var']);
/** Attributes that only describe text; no `style`, `on…` handlers, or sources. `href` only on links. */
const ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'type', 'datetime', 'cite', 'open', 'abbr', 'value']);
const LINK = /^(https?:|mailto:|tel:|#|\/|\.)/i;
const FIELDS = new Set<string>(CONTROLLER_FIELDS);
const FACTS = new Set<string>(PURPOSE_FACTS);
/** What a clause may print besides its own text: the version's controller facts and its purpose's register facts. */
const COMPONENTS = '`<Controller field="…" />` and `<Purpose fact="…" />`';

interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdxNode[];
	position?: { start: { line: number } };
}

/**
 * Everything a published clause shows must be in its file, or the lock could not vouch for it. The body is
 * parsed as MDX (as the build will), and refused where it would take text from elsewhere: imports and
 * exports, `{expressions}`, components other than `<Controller field="…" />` and `<Purpose fact="…" />`, and
 * images or embeds.
 * A syntax error is reported here too, before the build touches `dist/`.
 */
export function checkSelfContained(body: string, file: string): ContentProblem[] {
	const control = controlCharacter(body);
	if (control) return [{ file, message: `the clause text contains the control character ${control}, which no reader can see.`, hint: 'Remove it; an editor that shows invisible characters helps find it.' }];
	// Without these characters a text is plain Markdown, with no MDX to refuse and none to get wrong; only
	// its links are checked, without the cost of parsing it. Code and backslash escapes are parsed too: in
	// them, link syntax is only text.
	if (!/[<{`\\]|!\[|^\s*~~~|^\s*(import|export)\b/m.test(body)) return markdownLinks(body, file);
	let tree: MdxNode;
	try {
		tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as MdxNode;
	} catch (error) {
		return [{ file, message: `the clause is not valid MDX: ${(error as Error).message.replace(/\.$/, '')}.`, hint: 'Fix the syntax; MDX treats `<` and `{` as code, so write `&lt;` and `&#123;` for the characters themselves.' }];
	}
	const problems: ContentProblem[] = [];
	const refuse = (node: MdxNode, what: string, hint: string) => problems.push({ file, message: `the clause text (line ${node.position?.start.line ?? '?'} below the frontmatter) ${what}.`, hint });
	const visit = (node: MdxNode) => {
		if (node.type === 'mdxjsEsm') {
			refuse(node, `imports or exports code (\`${node.value!.split('\n')[0]!.slice(0, 60)}\`), which would publish text from outside the file`, `Write the text into the clause itself. ${COMPONENTS} need no import.`);
		} else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			refuse(node, `computes text with an expression (\`{${node.value!.slice(0, 40)}}\`), which the lock cannot see`, 'Write the text itself. For a literal brace, write `&#123;`.');
		} else if ((node.type === 'link' || node.type === 'definition') && !LINK.test(node.url!.trim())) {
			refuse(node, BAD_LINK_MESSAGE(node.url!), BAD_LINK_HINT);
		} else if (node.type === 'image' || node.type === 'imageReference') {
			refuse(node, 'shows an image, which is not part of the locked text', 'Images are not part of the locked text: describe in words what the statement needs to say.');
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			checkElement(node, refuse);
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return problems;
}

const BAD_LINK_MESSAGE = (url: string) => `links to \`${url.slice(0, 60)}\`, which is not a web, e-mail, phone or relative address`;
const BAD_LINK_HINT = 'Links take an `https:`, `mailto:`, `tel:` or relative address; a `javascript:` or `data:` link could run or show something the lock cannot see.';

/** The targets of Markdown links (`[text](url)`) and link definitions (`[id]: url`) in plain Markdown. */
function markdownLinks(body: string, file: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const [index, line] of body.split('\n').entries()) {
		const targets = [...line.matchAll(/\]\(\s*<?/g)].map((m) => destination(line.slice(m.index + m[0].length)));
		const definition = /^\s*\[[^\]]+\]:\s*<?([^\s>]+)/.exec(line);
		for (const url of definition ? [...targets, definition[1]!] : targets) {
			if (!LINK.test(url)) problems.push({ file, message: `the clause text (line ${index + 1} below the frontmatter) ${BAD_LINK_MESSAGE(url)}.`, hint: BAD_LINK_HINT });
		}
	}
	return problems;
}

/** A link destination as CommonMark reads it: up to whitespace or the parenthesis that closes the link. */
function destination(rest: string): string {
	let depth = 0;
	for (let i = 0; i < rest.length; i++) {
		const c = rest[i]!;
		if (/\s|>/.test(c) || (c === ')' && depth-- === 0)) return rest.slice(0, i);
		if (c === '(') depth++;
	}
	return rest;
}

function checkElement(node: MdxNode, refuse: (node: MdxNode, what: string, hint: string) => void) {
	const name = node.name ?? '';
	const attributes = node.attributes ?? [];
	// A boolean attribute (`<details open>`) has the value null; an expression has an object.
	if (attributes.some((a) => a.type === 'mdxJsxExpressionAttribute' || (a.value !== null && typeof a.value === 'object'))) {
		refuse(node, `gives \`<${name}>\` an attribute computed by an expression`, 'Write attribute values as quoted text, e.g. `<Controller field="email" />`.');
	} else if (name === 'Controller') {
		const field = attributes.find((a) => a.name === 'field')?.value;
		const layout = attributes.find((a) => a.name === 'as');
		const others = attributes.filter((a) => a.name !== 'field' && a.name !== 'as');
		if (others.length > 0 || typeof field !== 'string' || !FIELDS.has(field)) {
			refuse(node, `uses \`<Controller>\` without a valid \`field\``, `Write \`<Controller field="…" />\` with one of: ${[...FIELDS].join(', ')}.`);
		} else if (layout && layout.value !== 'lines') {
			refuse(node, `gives \`<Controller field="${field}">\` the layout \`as="${layout.value}"\`, which it does not know`, 'Leave `as` out to print the fact inside the sentence, or write `as="lines"` to print an address as lines.');
		}
	} else if (name === 'Purpose') {
		const fact = attributes.find((a) => a.name === 'fact')?.value;
		const purpose = attributes.find((a) => a.name === 'purpose');
		const others = attributes.filter((a) => a.name !== 'fact' && a.name !== 'purpose');
		if (others.length > 0 || typeof fact !== 'string' || !FACTS.has(fact)) {
			refuse(node, 'uses `<Purpose>` without a valid `fact`', `Write \`<Purpose fact="…" />\` with one of: ${[...FACTS].join(', ')}.`);
		} else if (purpose && !/^[1-9]\d*$/.test(String(purpose.value))) {
			refuse(node, `gives \`<Purpose fact="${fact}">\` the purpose \`${purpose.value}\`, which is not a position`, 'Write `purpose="2"` for the second purpose of the clause\'s register file.');
		}
	} else if (/^[A-Z]/.test(name) || name.includes('.') || name.includes(':')) {
		refuse(node, `uses the component \`<${name}>\`, which a clause cannot know`, `Clauses can use ${COMPONENTS} only; write anything else as text or Markdown.`);
	} else if (name && !ELEMENTS.has(name.toLowerCase())) {
		refuse(node, `uses the element \`<${name}>\`, which could show or run something from outside the file`, `Use Markdown, or these elements only: ${[...ELEMENTS].join(', ')}.`);
	} else {
		for (const attribute of attributes) {
			const key = attribute.name?.toLowerCase() ?? '';
			const allowed = ATTRIBUTES.has(key) || key.startsWith('aria-') || (key === 'href' && name.toLowerCase() === 'a' && typeof attribute.value === 'string' && LINK.test(attribute.value.trim()));
			if (!allowed) refuse(node, `gives \`<${name}>\` the attribute \`${attribute.name}\`, which could change how the text shows or load something`, 'Remove the attribute; links take an `https:`, `mailto:`, `tel:` or relative `href`.');
		}
	}
}
