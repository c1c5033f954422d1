import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../integration/model/dates.ts';
import { CLAUSE_ID, clausePath, parseContentPath, versionPath } from '../../integration/model/paths.ts';

describe('the content layout', () => {
	it('tells the lock file, version files and clause texts of a statement apart', () => {
		expect(parseContentPath('privacy', 'policy.lock.json')).toEqual({ kind: 'lock', statement: 'privacy' });
		expect(parseContentPath('privacy', 'versions/2024-03-01.yaml')).toEqual({ kind: 'version', statement: 'privacy', version: '2024-03-01' });
		expect(parseContentPath('privacy', 'nl/retention/2024-03-01.mdx')).toEqual({
			kind: 'clause',
			statement: 'privacy',
			locale: 'nl',
			clause: 'retention',
			version: '2024-03-01',
		});
	});

	it('names the expected layout for any other file', () => {
		const unknown = {
			kind: 'unknown',
			expected: 'privacy/<locale>/<clause>/<YYYY-MM-DD>.mdx, privacy/register/<clause>/<YYYY-MM-DD>.yaml or privacy/versions/<YYYY-MM-DD>.yaml',
		};
		for (const path of [
			'notes.txt',
			'nl/policy.lock.json',
			'policy.lock.json/notes.yaml',
			'versions/2024-03-01.yaml/x',
			'versions/2024-03-01.yml',
			'drafts/2024-03-01.yaml',
			'versions/old/2024-03-01.yaml',
			'nl/retention/2024-03-01.md',
			'nl/retention/2024-03-01.mdx.bak',
			'nl/2024-03-01.mdx',
			'nl/retention/x/2024-03-01.mdx',
		]) {
			expect(parseContentPath('privacy', path), path).toEqual(unknown);
		}
	});

	it('writes the paths of clause texts and version files, for messages', () => {
		expect(clausePath('content', 'privacy', 'nl', 'retention', '2024-03-01')).toBe('content/privacy/nl/retention/2024-03-01.mdx');
		expect(versionPath('content', 'privacy', '2024-03-01')).toBe('content/privacy/versions/2024-03-01.yaml');
	});

	it('takes only real dates written in full as YYYY-MM-DD', () => {
		for (const good of ['2024-02-29', '2025-12-31', '0001-01-01']) expect(isIsoDate(good), good).toBe(true);
		for (const bad of [
			'-002025-01-01',
			'+002025-01-01',
			'2025-02-29',
			'2025-13-01',
			'2025-00-10',
			'2025-01-32',
			'2025-1-01',
			'2025-01-01x',
			'x2025-01-01',
			'20250101',
			'2025-01-01T00:00:00Z',
			'',
		])
			expect(isIsoDate(bad), bad).toBe(false);
	});

	it('takes clause ids that make anchors: lower-case words joined by single dashes', () => {
		for (const good of ['retention', 'data-2', 'a-b-c', 'bewaar-termijnen']) expect(CLAUSE_ID.test(good), good).toBe(true);
		for (const bad of ['Retention', 'data_2', '-data', 'data-', 'a--b', 'a b', '']) expect(CLAUSE_ID.test(bad), bad).toBe(false);
	});
});
