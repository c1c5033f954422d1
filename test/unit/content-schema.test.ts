import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ClauseFrontmatterSchema, statementSchema, VersionSchema } from '../../integration/content/schema.ts';
import { CorrectionSchema, SingleLanguageChangeSchema } from '../../integration/model/schema/version.ts';
import { controlCharacter, TextSchema } from '../../integration/model/schema/text.ts';

const issues = (schema: z.ZodType, value: unknown) => {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a text in the content', () => {
	it('may not hide a control character, and names it', () => {
		expect(issues(TextSchema, 'Bewaar\u0007termijn')).toEqual([': contains the control character U+0007, which no reader can see; remove it']);
		expect(issues(TextSchema, '\u001bStart')).toEqual([': contains the control character U+001B, which no reader can see; remove it']);
		expect(issues(TextSchema, 'Tab\tand line\r\nbreaks')).toEqual([]);
		expect(controlCharacter('\u007F')).toBe('U+007F');
		expect(controlCharacter('Plain text.')).toBeUndefined();
	});

	it('must be well-formed, so it can be hashed', () => {
		expect(issues(TextSchema, 'a\ud800b')).toEqual([': contains an invalid character (a lone UTF-16 surrogate)']);
		expect(issues(TextSchema, 'emoji 😀')).toEqual([]);
	});
});

describe('the frontmatter of a clause', () => {
	it('marks the intro with `intro: true` only', () => {
		expect(ClauseFrontmatterSchema.parse({ title: 'Welkom', order: 1, intro: true })).toEqual({ title: 'Welkom', order: 1, intro: true });
		expect(issues(ClauseFrontmatterSchema, { title: 'Welkom', order: 1, intro: false })).toHaveLength(1);
	});

	it('names another clause as its parent by folder name', () => {
		expect(issues(ClauseFrontmatterSchema, { title: 'Logs', order: 1, parent: 'Bewaren' })).toEqual([
			'parent: expected the folder name of another clause, e.g. `data`',
		]);
		expect(issues(ClauseFrontmatterSchema, { title: 'Logs', order: 1, parent: 'bewaren' })).toEqual([]);
	});
});

describe('a version file', () => {
	it('needs only a summary: no draft, no material change, nothing removed, corrected or changed in one language', () => {
		expect(VersionSchema.parse({ summary: { nl: 'Eerste versie.' } })).toEqual({
			summary: { nl: 'Eerste versie.' },
			draft: false,
			material: false,
			removes: [],
			corrections: [],
			singleLanguage: [],
		});
	});

	it('records corrections and one-language changes by clause and locale, with a trimmed reason', () => {
		expect(CorrectionSchema.parse({ date: '2025-02-01', clause: 'retention', locale: 'en', note: 'Typo.' })).toEqual({
			date: '2025-02-01',
			clause: 'retention',
			locale: 'en',
			note: 'Typo.',
		});
		expect(SingleLanguageChangeSchema.parse({ clause: 'retention', locale: 'en', reason: '  Typo in the English text. ' })).toEqual({
			clause: 'retention',
			locale: 'en',
			reason: 'Typo in the English text.',
		});
		expect(issues(SingleLanguageChangeSchema, { clause: '', locale: '', reason: 'x', note: 'y' })).toHaveLength(3);
	});
});

describe('statementSchema()', () => {
	it('refuses fields that would redefine what the package reads, `kind` included, naming them all', () => {
		expect(() => statementSchema({ extend: z.object({ kind: z.string() }) })).toThrow('statementSchema() redefines `kind`');
		try {
			statementSchema({ extend: z.object({ title: z.string() }), processing: z.object({ basis: z.string() }) });
			expect.unreachable();
		} catch (error) {
			expect(error).toMatchObject({
				message: 'statementSchema() redefines `title`, `processing.basis`, which astro-privacy reads and locks itself.',
				hint: 'Give your own fields other names in src/content.config.ts.',
			});
		}
	});
});
