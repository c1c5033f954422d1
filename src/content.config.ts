import { defineCollection } from 'astro:content';
import { policyLoader, policySchema } from 'astro-privacy/content';

export const collections = {
	policy: defineCollection({ loader: policyLoader(), schema: policySchema() }),
};
