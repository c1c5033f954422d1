import type { ImportedSection, ImportedStatement } from './types.ts';

/** Markdown without one sentence, and without the paragraph or list item that held only it. */
function remove(markdown: string, sentence: string): string {
	if (!markdown.includes(sentence)) return markdown;
	return markdown
		.replace(sentence, '')
		.split(/\n{2,}/)
		.filter((block) => block.replace(/[\s*_:.\-–—()[\]]/g, '') !== '')
		.join('\n\n')
		.trim();
}

/** The statement without the sentence that gave its date: the page prints the version's date itself. */
export function withoutSentence(statement: ImportedStatement, sentence: string): ImportedStatement {
	const strip = (sections: ImportedSection[]): ImportedSection[] =>
		sections.map((s) => ({ ...s, markdown: remove(s.markdown, sentence), children: strip(s.children) }));
	const intro = statement.intro === undefined ? undefined : remove(statement.intro, sentence) || undefined;
	return { ...statement, intro, sections: strip(statement.sections) };
}
