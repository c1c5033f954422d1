import { createComponent, render, renderComponent } from 'astro/runtime/server/index.js';
import { shownTextKey } from '../model/purpose.ts';
import type { Controller as ControllerFacts, RevisionRecord } from '../model/types.ts';
import Controller from './Controller.astro';
import Purpose from './Purpose.astro';

type Component = ReturnType<typeof createComponent>;
const bound = new Map<string, Component>();

/** `inner` with `props` bound in, one per key: MDX passes only what the clause writes (`field`, `fact`). */
function bind(name: string, inner: Component, props: Record<string, unknown>, key: string): Component {
	key = `${name}/${key}`;
	let component = bound.get(key);
	if (!component) {
		type Render = Parameters<typeof renderComponent>;
		component = createComponent(
			(result: Render[0], written: Record<string, unknown>, slots: Render[4]) =>
				render`${renderComponent(result, name, inner, { ...written, ...props }, slots)}`,
		);
		bound.set(key, component);
	}
	return component;
}

/**
 * The components a clause text uses, as it sees them: `<Controller />` with the facts of the version being
 * shown, `<Purpose />` with the register facts of the clause's own purposes, both in the text's language.
 */
export function clauseComponents(revision: RevisionRecord, controller: ControllerFacts, controllerKey: string) {
	const { locale } = revision;
	return {
		Controller: bind('Controller', Controller, { facts: controller, locale }, `${controllerKey}/${locale}`),
		Purpose: bind('Purpose', Purpose, { purposes: revision.purposes, locale, file: revision.file }, shownTextKey(revision, controllerKey)),
	};
}
