/** One tag for the page's `<head>`, as data: the head slot renders it, and Starlight's route data takes it as it is. */
export interface HeadEntry {
	tag: 'link' | 'script';
	attrs: Record<string, string>;
	/** A script's text, already safe inside `<script>`. */
	content?: string;
}

/** The page's title and head tags, left in `Astro.locals` for a layout that builds the head itself (Starlight). */
export interface PolicyHead {
	title: string;
	entries: HeadEntry[];
}

/** Registered, so the copy of this module that Starlight's route middleware loads finds the same key. */
export const POLICY_HEAD = Symbol.for('astro-privacy.head');
