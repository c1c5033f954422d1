/** Figures read from built sites: the current page against the floor's, the JavaScript it loads, the index size. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileBytes, folderBytes } from './measure.ts';

export function currentPageFigures(packageRoot: string, floorRoot: string) {
	const page = readFileSync(join(packageRoot, 'dist/privacy/index.html'), 'utf8');
	const floorDir = join(floorRoot, 'dist/nl');
	const newest = readdirSync(floorDir).sort().at(-1)!;
	const overhead = page.length / fileBytes(join(floorDir, newest, 'index.html')) - 1;
	// What runs before the reader uses search: inline scripts and the module scripts the page names, not the lazy
	// chunks, nor data blocks such as JSON-LD, which are not run.
	const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(sum, m) => sum + Buffer.byteLength(m[1]!),
		0,
	);
	const external = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].reduce((sum, m) => sum + fileBytes(join(packageRoot, 'dist', m[1]!)), 0);
	return { overhead, jsBytes: inline + external };
}

/** The search index proper: its chunks, fragments, filters and metadata, without Pagefind's fixed UI and engine files. */
export function indexBytes(root: string): number {
	const folder = join(root, 'dist/_astro-privacy/pagefind');
	if (!existsSync(folder)) return 0;
	const meta = readdirSync(folder)
		.filter((f) => f.endsWith('.pf_meta'))
		.reduce((sum, f) => sum + fileBytes(join(folder, f)), 0);
	return meta + ['index', 'fragment', 'filter'].reduce((sum, sub) => sum + folderBytes(join(folder, sub)), 0);
}
