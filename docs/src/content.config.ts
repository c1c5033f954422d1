import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { statementLoader, statementSchema } from 'astro-privacy/content';

// As the Starlight recipe says (recipes/starlight.md): the `policy` collection next to Starlight's `docs`.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	policy: defineCollection({ loader: statementLoader(), schema: statementSchema() }),
};
