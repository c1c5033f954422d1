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

/** Parses with a schema or throws an AstroError that names every offending path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string, hint: string, prefix?: string[]): z.output<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	throw new AstroError(`Invalid ${what}:\n${formatIssues(result.error, prefix)}`, hint);
}
