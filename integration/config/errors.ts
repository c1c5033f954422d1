import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';

/** One line per zod issue, `**path**: message`, as Astro prints its own config errors. */
export function formatIssues(error: z.ZodError, prefix: string[] = []): string {
	return error.issues
		.map((issue) => {
			const path = [...prefix, ...issue.path.map(String)].join('.') || '(root)';
			return `- **${path}**: ${describeIssue(issue)}`;
		})
		.join('\n');
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
	}
	return issue.message;
}

/**
 * An error in the site's options or content. A stack trace would point into this package rather than at
 * what to fix, so it has none: Astro prints the message and the hint, and nothing else.
 */
export function userError(message: string, hint: string): AstroError {
	const error = new AstroError(message, hint);
	error.stack = '';
	return error;
}

/** Parses with a schema or throws an AstroError that names every offending path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string, hint: string, prefix?: string[]): z.output<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	throw userError(`Invalid ${what}:\n${formatIssues(result.error, prefix)}`, hint);
}
