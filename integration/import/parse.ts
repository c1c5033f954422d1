export { decodeSource, detectFormat } from './decode.ts';
export { ImportError, type ImportedSection, type ImportedStatement, type SourceFormat } from './types.ts';
