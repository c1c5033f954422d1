import { articleOf } from './html.ts';
import { markdownTree } from './markdown.ts';
import { treeText } from './plain-text.ts';
import { sectionsOf } from './sections.ts';
import { textTree } from './text.ts';
import { ImportError, type ImportedStatement, type SourceFormat } from './types.ts';

export { coverage, sentencesOf } from './coverage.ts';
export { decodeSource, detectFormat } from './decode.ts';
export { allSections, ImportError, type ImportedSection, type ImportedStatement, type SourceFormat } from './types.ts';

/** An existing privacy statement, read from a saved page, Markdown or plain text, as a title, an intro and nested sections. */
export function parseStatement(source: string, format: SourceFormat): ImportedStatement {
	const { tree, title } =
		format === 'html'
			? { tree: articleOf(source), title: undefined }
			: format === 'markdown'
				? markdownTree(source)
				: { tree: textTree(source), title: undefined };
	if (treeText(tree).trim() === '') {
		throw new ImportError(
			format === 'html'
				? 'The page holds no statement: nothing is left once its navigation, header, footer, scripts and cookie banners are set aside.'
				: 'The file holds no text of a statement.',
			format === 'html'
				? 'Save the page with the statement showing (a page that fills itself in with JavaScript saves empty), or copy the statement text into a .txt file and import that.'
				: 'Import the file that holds the statement text.',
		);
	}
	const statement = sectionsOf(tree);
	return { ...statement, title: statement.title ?? title };
}
