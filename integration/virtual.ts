import type { Plugin } from 'vite';
import type { ResolvedConfig } from './config/resolve.ts';

const CONFIG = 'virtual:astro-privacy/config';
const LAYOUT = 'virtual:astro-privacy/layout';
const COMPONENTS = 'virtual:astro-privacy/components';

/** Hands the resolved config, the chosen layout and the parts a site replaced to the loader, routes and components. */
export function virtualModules(config: ResolvedConfig, layout: string, components: Record<string, string>): Plugin {
	const modules: Record<string, string> = {
		[CONFIG]: `export default ${JSON.stringify(config)};`,
		[LAYOUT]: `export { default } from ${JSON.stringify(layout)};`,
		[COMPONENTS]: Object.entries(components)
			.map(([name, file]) => `export { default as ${name} } from ${JSON.stringify(file)};`)
			.join('\n'),
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
