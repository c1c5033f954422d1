/** What `src/content.config.ts` needs: `defineCollection({ loader: statementLoader(), schema: statementSchema() })`. */
export { statementLoader, type StatementLoaderOptions } from './loader.ts';
export { statementSchema, ClauseFrontmatterSchema, VersionSchema, type ClauseFrontmatter, type VersionFrontmatter } from './schema.ts';
export { CorrectionSchema, SingleLanguageChangeSchema } from '../model/schema/version.ts';
export { policyLoader, policySchema, type PolicyLoaderOptions } from './deprecated.ts';
