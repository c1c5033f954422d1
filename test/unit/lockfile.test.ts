import { describe, expect, it } from 'vitest';
import { parseLockFile } from '../../integration/content/lockfile.ts';
import { byCodeUnits } from '../../integration/model/digest.ts';

const file = 'content/privacy/policy.lock.json';
const sha = 'a'.repeat(64);
const valid = { lockfileVersion: 2, document: 'privacy', urls: { nl: '/privacy/' }, versions: { '2019-01-01': { fingerprint: sha, record: sha, controller: sha, texts: { 'nl/intro': sha }, sources: { 'nl/intro': '2019-01-01' }, corrections: [], lockedOn: '2025-01-01', superseded: [] } } };

describe('parseLockFile', () => {
	it('reads a lock file', () => {
		expect(parseLockFile(JSON.stringify(valid), file, 'privacy').lock).toEqual(valid);
	});

	it('names the file and the way back for a merge conflict, an empty object, and another format', () => {
		const conflict = parseLockFile('<<<<<<< HEAD\n{}\n=======\n', file, 'privacy').problem!;
		expect(conflict).toMatchObject({ file, message: expect.stringContaining('not valid JSON'), hint: expect.stringContaining(`git checkout -- ${file}`) });
		expect(parseLockFile('{}', file, 'privacy').problem).toMatchObject({ field: 'lockfileVersion', message: expect.stringContaining('is undefined') });
		expect(parseLockFile(JSON.stringify({ ...valid, lockfileVersion: 99 }), file, 'privacy').problem!.message).toContain('`lockfileVersion` is 99; this astro-privacy reads lock files of version 2 only.');
		expect(parseLockFile(JSON.stringify({ ...valid, versions: { '2019-01-01': { fingerprint: 'x' } } }), file, 'privacy').problem!.message).toContain('malformed');
		expect(parseLockFile(JSON.stringify(valid), file, 'cookies').problem!.message).toContain('belongs to statement `privacy`');
	});
});

describe('byCodeUnits', () => {
	it('orders by code units, whatever the machine locale', () => {
		expect(['b', 'B', 'a', 'å', 'A', 'z'].sort(byCodeUnits)).toEqual(['A', 'B', 'a', 'b', 'z', 'å']);
	});
});
