import type { Plugin } from 'vite';
import type { ResolvedConfig } from './config/resolve.ts';

const CONFIG = 'virtual:astro-privacy/config';
const LAYOUT = 'virtual:astro-privacy/layout';

/** Hands the resolved config and the chosen layout to the loader, routes and components. */
export function virtualModules(config: ResolvedConfig, layout: string): Plugin {
	const modules: Record<string, string> = {
		[CONFIG]: `export default ${JSON.stringify(config)};`,
		[LAYOUT]: `export { default } from ${JSON.stringify(layout)};`,
	};
	return {
		name: 'astro-privacy:virtual',
		resolveId(id) {
			if (id in modules) return `\0${id}`;
		},
		load(id) {
			if (id.startsWith('\0') && id.slice(1) in modules) return modules[id.slice(1)];
		},
	};
}
