import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource, detectFormat, ImportError } from '../../integration/import/parse.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

function importError(run: () => unknown): ImportError {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('no ImportError was thrown');
}

describe('format detection', () => {
	it('goes by the extension first, in any letter case', () => {
		const page = fixture('hosting-nl.html');
		expect(detectFormat(page, 'privacy.html')).toBe('html');
		expect(detectFormat(page, 'PRIVACY.HTM')).toBe('html');
		expect(detectFormat(page, 'privacy.txt')).toBe('text');
		expect(detectFormat(bytes('Privacy'), 'privacy.md')).toBe('markdown');
		expect(detectFormat(bytes('Privacy'), 'privacy.mdx')).toBe('markdown');
		expect(detectFormat(bytes('Privacy'), 'privacy.markdown')).toBe('markdown');
	});

	it('sniffs a file without a known extension', () => {
		expect(detectFormat(fixture('hosting-nl.html'), 'privacy')).toBe('html');
		expect(detectFormat(bytes('\uFEFF  <!-- saved --><div><p>Privacy</p></div>'), 'privacy.aspx')).toBe('html');
		expect(detectFormat(fixture('webshop-nl.md'), 'privacy')).toBe('markdown');
		expect(detectFormat(bytes('Privacy\n\nZie [de voorwaarden](/voorwaarden).'), 'privacy')).toBe('markdown');
		expect(detectFormat(fixture('advocaat-nl.txt'), 'privacy')).toBe('text');
		// A bare address or a bullet is not Markdown syntax: a browser's copy has them too.
		expect(detectFormat(bytes('Privacy\n\nMail info@voorbeeld.nl of kijk op www.voorbeeld.nl.\n\n- uw naam'), 'privacy')).toBe('text');
		expect(detectFormat(bytes('<3 privacy, and 2 < 3'), 'privacy')).toBe('text');
	});
});

describe('decoding', () => {
	it('reads UTF-8 with or without a byte order mark, and UTF-16 with one', () => {
		const text = 'Privacyverklaring “Café” – cliënten\u00a0€';
		expect(decodeSource(bytes(text), 'a.txt')).toBe(text);
		expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]), 'a.txt')).toBe(text);
		const units = [...text].map((c) => c.charCodeAt(0));
		const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
		const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
		expect(decodeSource(le, 'a.txt')).toBe(text);
		expect(decodeSource(be, 'a.txt')).toBe(text);
	});

	it('refuses an empty file, and one of only white space', () => {
		expect(importError(() => decodeSource(new Uint8Array(), 'leeg.txt')).message).toBe('leeg.txt is empty.');
		expect(importError(() => decodeSource(bytes(' \n\t\n'), 'leeg.txt')).message).toMatch(/only white space/);
		expect(importError(() => decodeSource(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt')).message).toMatch(/only white space/);
	});

	it('refuses a binary file', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
		const error = importError(() => decodeSource(png, 'logo.png'));
		expect(error.message).toBe('logo.png is a binary file (it holds NUL bytes), not a web page, Markdown or text.');
		expect(error.hint).toMatch(/copy its text into a \.txt file/);
	});

	it('refuses text in another encoding, and says how to convert it', () => {
		// "Café" in CP1252: é is the single byte 0xE9, never valid UTF-8.
		const error = importError(() => decodeSource(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'oud.html'));
		expect(error.message).toBe('oud.html is not UTF-8 text, and has no byte order mark that names another encoding.');
		expect(error.hint).toMatch(/save it as UTF-8.*iconv -f CP1252 -t UTF-8 'oud\.html'/);
		expect(importError(() => decodeSource(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'half.txt')).message).toMatch(/not UTF-8 text/);
	});

	it('words every message for a page or statement, never in terms of the browser’s objects', () => {
		const errors = [
			importError(() => decodeSource(new Uint8Array(), 'a.html')),
			importError(() => decodeSource(new Uint8Array([0, 1]), 'a.html')),
			importError(() => decodeSource(new Uint8Array([0xe9]), 'a.html')),
		];
		for (const { message, hint } of errors) expect(`${message} ${hint}`).not.toMatch(/document|window/i);
	});
});
