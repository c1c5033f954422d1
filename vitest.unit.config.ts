import { defineConfig } from 'vitest/config';

// The unit project of vitest.config.ts on its own, for Stryker (`npm run mutate`): the build and browser
// projects run real `astro build`s that load integration/ through the workspace symlink, which Stryker's
// sandbox does not mutate, and they take minutes.
export default defineConfig({
	test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
});
