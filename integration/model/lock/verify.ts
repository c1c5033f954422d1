import { publishedVersions } from '../record.ts';
import type { ContentProblem, StatementModel } from '../types.ts';
import { compareWithReference } from './compare.ts';
import { lockCommand, type LockContext, type LockFile } from './types.ts';

interface LockCheck {
	problems: ContentProblem[];
	/** Published versions that have no entry in the lock yet. */
	unlocked: string[];
}

/** The build's check: every difference from the lock is an error, corrections not locked yet included. */
export function verifyLock(model: StatementModel, lock: LockFile | undefined, context: LockContext, lockPath: string): LockCheck {
	const problems = compareWithReference(model, lock?.versions ?? {}, context, lockPath).map((d) => d.problem);
	if (lock) problems.push(...movedUrls(lock.urls, context.urls, lockPath));
	const unlocked = publishedVersions(model)
		.map((v) => v.id)
		.filter((id) => !lock?.versions[id]);
	return { problems, unlocked };
}

/** Published URLs are permanent: a changed statement base, site base or default locale would move them. */
function movedUrls(locked: Record<string, string>, now: Record<string, string>, lockPath: string): ContentProblem[] {
	return Object.entries(locked)
		.filter(([locale, url]) => now[locale] !== url)
		.map(([locale, url]) => ({
			file: 'astro.config.mjs',
			message: `the ${locale} pages of this statement were published under ${url} (${lockPath}), but would now be ${now[locale] === undefined ? 'gone: the locale was removed' : `under ${now[locale]}`}.`,
			hint: `Published versions keep their URLs. Restore the statement's \`base\`, Astro's \`base\` and the locales; if the move is intended, redirect the old URLs to the new ones and record it by running \`${lockCommand}\` with the new URLs in place.`,
		}));
}
