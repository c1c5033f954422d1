/** Figures read from built sites: the current page against the floor's, and the JavaScript it loads. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileBytes } from './measure.ts';

export function currentPageFigures(packageRoot: string, floorRoot: string) {
	const page = readFileSync(join(packageRoot, 'dist/privacy/index.html'), 'utf8');
	const floorDir = join(floorRoot, 'dist/nl');
	const newest = readdirSync(floorDir).sort().at(-1)!;
	// What runs before the reader uses search: inline scripts and the module scripts the page names, not the lazy
	// chunks, nor data blocks such as JSON-LD, which are not run.
	const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(sum, m) => sum + Buffer.byteLength(m[1]!),
		0,
	);
	const external = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].reduce((sum, m) => sum + fileBytes(join(packageRoot, 'dist', m[1]!)), 0);
	return { pageBytes: Buffer.byteLength(page), floorBytes: fileBytes(join(floorDir, newest, 'index.html')), jsBytes: inline + external };
}
