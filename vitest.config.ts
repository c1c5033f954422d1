import { defineConfig } from 'vitest/config';

// Three projects: build and browser tests run real `astro build`s, which cannot share a process with
// a Vite-configured project, and must run one file at a time.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['test/build/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 } },
			{ test: { name: 'browser', include: ['test/browser/**/*.test.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 180_000 } },
		],
	},
});
