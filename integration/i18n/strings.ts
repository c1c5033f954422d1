import en from '../locales/en.json' with { type: 'json' };
import nl from '../locales/nl.json' with { type: 'json' };

/** UI strings shipped with the package. English is the reference set of keys. */
export const bundledStrings: Record<string, Record<string, string>> = { en, nl };

/** Keys every locale must have; statements' titles and descriptions are optional, the statements are the user's. */
const requiredKeys = Object.keys(en).filter((key) => !key.startsWith('statements.') && !key.startsWith('descriptions.'));

export function missingStringKeys(strings: Record<string, string> | undefined): string[] {
	return requiredKeys.filter((key) => !strings?.[key]);
}
