/**
 * `npm run lint:deps`: dependency-cruiser over integration/, with the rules in .dependency-cruiser.cjs.
 * It cannot read `.astro` files, so it runs on a copy in which each one is its frontmatter as TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'astro-privacy-deps-'));
try {
	cpSync(join(repo, 'integration'), join(copy, 'integration'), { recursive: true, filter: (path) => !path.includes('node_modules') });
	symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
	for (const entry of readdirSync(join(copy, 'integration'), { recursive: true, withFileTypes: true })) {
		const file = join(entry.parentPath, entry.name);
		if (!entry.isFile()) continue;
		const text = readFileSync(file, 'utf8');
		// `./Foo.astro` becomes `./Foo.astro.ts`, in every import.
		const renamed = text.replace(/(['"])(\.{1,2}\/[^'"]+\.astro)\1/g, '$1$2.ts$1');
		if (entry.name.endsWith('.astro')) {
			writeFileSync(`${file}.ts`, /^---\n([\s\S]*?)\n---/.exec(renamed)?.[1] ?? '');
			rmSync(file);
		} else if (renamed !== text) {
			writeFileSync(file, renamed);
		}
	}
	const bin = join(repo, 'node_modules/.bin/depcruise');
	const result = spawnSync(bin, ['integration', '--config', join(repo, '.dependency-cruiser.cjs'), '--output-type', 'err-long'], {
		cwd: copy,
		encoding: 'utf8',
	});
	process.stdout.write(result.stdout.replaceAll('.astro.ts', '.astro'));
	process.stderr.write(result.stderr);
	process.exitCode = result.status ?? 1;
} finally {
	rmSync(copy, { recursive: true, force: true });
}
