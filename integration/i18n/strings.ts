import en from '../locales/en.json' with { type: 'json' };
import nl from '../locales/nl.json' with { type: 'json' };

/** UI strings shipped with the package. English is the reference set of keys. */
export const bundledStrings: Record<string, Record<string, string>> = { en, nl };

/** Keys every locale must have; `documents.*` titles are optional because documents are the user's. */
const requiredKeys = Object.keys(en).filter((key) => !key.startsWith('documents.'));

export function missingStringKeys(strings: Record<string, string> | undefined): string[] {
	return requiredKeys.filter((key) => !strings?.[key]);
}
