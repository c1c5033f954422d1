import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The text that is hashed: a byte-order mark and Windows or old-Mac line endings are invisible to a
 * reader, so they must not count as an edit of published text.
 */
export function normalizeText(contents: string): string {
	return contents.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of a value's RFC 8785 canonical JSON: the same on every machine, whatever the key order. */
export function digestOf(value: unknown): string {
	return sha256(canonicalize(value)!);
}

/** Code-unit order, as `Array.prototype.sort()` uses: unlike `localeCompare()`, it does not depend on the machine's `LANG`. */
export function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
