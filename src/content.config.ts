import { defineCollection } from 'astro:content';
import { statementLoader, statementSchema } from 'astro-privacy/content';

export const collections = {
	policy: defineCollection({ loader: statementLoader(), schema: statementSchema() }),
};
