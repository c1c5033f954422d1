import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ResolvedConfig } from '../../integration/config/resolve.ts';
import type { RunRequest } from '../../integration/config/run.ts';
import { statementContent } from '../../integration/content/statements.ts';
import { files, fixture } from './statement-files.ts';

/** Temp copies of the basic fixture's content (under `content/`), removed after each test. */
export function tempSites(prefix: string) {
	const roots: string[] = [];
	afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));
	return (edit?: (content: string, root: string) => void) => {
		const root = mkdtempSync(join(tmpdir(), prefix));
		roots.push(root);
		cpSync(fixture, join(root, 'content'), { recursive: true });
		edit?.(join(root, 'content/privacy'), root);
		return root;
	};
}

/** git in `root`, as a test user, without signing. */
export const git = (root: string, ...args: string[]) =>
	spawnSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });

/** A repository at `root` with everything in it committed. */
export function commitAll(root: string, message = 'Content') {
	git(root, 'init', '-q');
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', message);
}

/** A first load of the content under `root/content`, with what it logged. */
export async function loadWith(root: string, config: ResolvedConfig, mode: RunRequest, today = '2031-06-01') {
	const log: string[] = [];
	const logger = { info: (m: string) => log.push(`info ${m}`), warn: (m: string) => log.push(`warn ${m}`) };
	const result = await statementContent(root, { base: 'content', config, mode, files, logger }).load(today);
	return { ...result, log };
}
