// Mutation testing of every TypeScript module of the package: `npm run mutate` (see docs/mutation.md).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.unit.config.ts', related: false },
	coverageAnalysis: 'perTest',
	// A static mutant (module-load code: zod schemas, constant tables) reruns the whole unit project, about
	// 12 s each; there are some 2000, so they would take three hours on two cores. docs/mutation.md says how
	// the schemas are tested instead.
	ignoreStatic: true,
	mutate: ['integration/**/*.ts', '!integration/**/*.d.ts'],
	// The sandbox needs the sources, the unit tests and what they import (bench/generate.ts,
	// docs/policy.schema.json, the basic fixture's content), not build output, benchmark sites or the Astro fixtures.
	ignorePatterns: [
		'/dist',
		'/.astro',
		'/bench/.work',
		'/test/.tmp',
		// The unit tests read the basic fixture's statement and the import's sources, nothing else of the fixture sites.
		'/test/fixtures/*',
		'!/test/fixtures/import',
		'!/test/fixtures/basic',
		'/test/fixtures/basic/*',
		'!/test/fixtures/basic/content',
		'/test/build',
		'/test/browser',
		'/public',
		'/src',
		'/docs/src',
		'/docs/content',
		'/docs/dist',
		'/docs/.astro',
		'/docs/node_modules',
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
