/** What `src/content.config.ts` needs: `defineCollection({ loader: policyLoader(), schema: policySchema() })`. */
export { policyLoader, type PolicyLoaderOptions } from './loader.ts';
export { policySchema, ClauseFrontmatterSchema, VersionSchema, type ClauseFrontmatter, type VersionFrontmatter } from './schema.ts';
export { CorrectionSchema, SingleLanguageChangeSchema } from '../model/schema/version.ts';
