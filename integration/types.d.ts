declare module 'virtual:astro-privacy/config' {
	const config: import('./config/resolve.ts').ResolvedConfig;
	export default config;
}

declare module 'virtual:astro-privacy/layout' {
	const Layout: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Layout;
}

declare module 'virtual:astro-privacy/components' {
	type Component = import('astro/runtime/server/index.js').AstroComponentFactory;
	export const ContactBlock: Component;
	export const ClauseHeading: Component;
}
