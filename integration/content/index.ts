/** What `src/content.config.ts` needs: `defineCollection({ loader: policyLoader(), schema: policySchema() })`. */
export { policyLoader, type PolicyLoaderOptions } from './loader.ts';
export { policySchema, ClauseFrontmatterSchema, VersionSchema, CorrectionSchema, SingleLanguageChangeSchema, type ClauseFrontmatter, type VersionFrontmatter } from './schema.ts';
