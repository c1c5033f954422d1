import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';

/** One line per zod issue, `**path**: message`, as Astro prints its own config errors. */
export function formatIssues(error: z.ZodError, prefix: string[] = []): string {
	const line = (path: PropertyKey[], message: string) => `- **${[...prefix, ...path.map(String)].join('.') || '(root)'}**: ${message}`;
	return (
		error.issues
			// An unknown key is named in the path, where a reader looks for the mistake; a bad key of a record is
			// described by its own schema, not by zod's "Invalid key in record".
			.flatMap((issue) =>
				issue.code === 'unrecognized_keys'
					? issue.keys.map((key) => line([...issue.path, key], 'unknown; check the spelling'))
					: issue.code === 'invalid_key'
						? issue.issues.map((inner) => line(issue.path, inner.message))
						: [line(issue.path, issue.message)],
			)
			.join('\n')
	);
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
