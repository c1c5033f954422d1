// Mutation testing of the code the unit tests reach: `npm run mutate` (see docs/mutation.md).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.unit.config.ts', related: false },
	coverageAnalysis: 'perTest',
	mutate: [
		'integration/model/**/*.ts',
		'integration/config/**/*.ts',
		'integration/content/{schema,lockfile,records,self-contained}.ts',
		'integration/feeds/*.ts',
		'integration/i18n/translator.ts',
		'integration/export/*.ts',
	],
	// The sandbox needs the sources, the unit tests and what they import (bench/generate.ts,
	// docs/policy.schema.json), not build output, benchmark sites or the Astro fixtures.
	ignorePatterns: [
		'/dist',
		'/.astro',
		'/bench/.work',
		'/test/.tmp',
		'/test/fixtures',
		'/test/build',
		'/test/browser',
		'/public',
		'/src',
		'/content',
		'/reports',
	],
	reporters: ['html', 'clear-text', 'json', 'progress'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	clearTextReporter: { allowEmojis: false, logTests: false, maxTestsToLog: 0 },
	thresholds: { high: 85, low: 75, break: null },
	tempDirName: '.stryker-tmp',
	cleanTempDir: true,
};
