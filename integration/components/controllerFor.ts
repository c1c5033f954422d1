import { createComponent, render, renderComponent } from 'astro/runtime/server/index.js';
import type { Controller as Facts } from '../model/types.ts';
import Controller from './Controller.astro';

const bound = new Map<string, ReturnType<typeof createComponent>>();

/**
 * `<Controller />` as a clause sees it: MDX passes only `field`, so the facts of the version being shown
 * and the text's language are bound in here, one component per set of facts and language.
 */
export function controllerFor(facts: Facts, key: string, locale: string) {
	key = `${key}/${locale}`;
	let component = bound.get(key);
	if (!component) {
		type Render = Parameters<typeof renderComponent>;
		component = createComponent(
			(result: Render[0], props: Record<string, unknown>, slots: Render[4]) =>
				render`${renderComponent(result, 'Controller', Controller, { ...props, facts, locale }, slots)}`,
		);
		bound.set(key, component);
	}
	return component;
}
