#!/usr/bin/env node
// `astro-privacy <command>`: the package's commands that run outside a build. Today: `import`.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const [command, ...args] = process.argv.slice(2);
const usage = 'Usage: npx astro-privacy import <file> --statement <id> [--locale nl|en] [--version YYYY-MM-DD] [--format html|markdown|text] [--dry-run]';

if (command !== 'import') {
	console.error(command ? `astro-privacy: unknown command \`${command}\`.\n${usage}` : usage);
	process.exit(2);
}
// The importer is TypeScript like the rest of the package; Node will not strip types under node_modules, so Vite loads it.
const { module } = await runnerImport(fileURLToPath(new URL('../import/cli.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
process.exit(await module.runImport(args, { cwd: process.cwd(), log: (line) => console.log(line) }));
