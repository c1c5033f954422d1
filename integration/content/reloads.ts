/** Longer than the 50 ms in which chokidar, Astro's watcher, drops any further change event of a file. */
const SETTLE_MS = 60;

export interface Reloadable {
	/** Loads the content again after events that named these paths. */
	load(paths: string[]): Promise<void>;
	/** Which of these paths, read by the last reloads, changed since. */
	changedSince(paths: string[]): string[];
}

/**
 * Turns file events into reloads: one at a time, each taking every path named since the last one began (an
 * editor's save can fire several events). A file read while it was still being written may get no event
 * for the rest of the write, so once chokidar's window has passed, a path that changed since is reloaded.
 * Returns the function to call with each path an event names.
 */
export function reloadOnEvents(content: Reloadable): (path: string) => void {
	const changed = new Set<string>();
	let reloading: Promise<void> | undefined;
	const queue = (paths: string[]) => {
		for (const path of paths) changed.add(path);
		if (changed.size > 0) reloading ??= drain();
	};
	async function drain() {
		try {
			while (changed.size > 0) {
				const paths = [...changed];
				changed.clear();
				await content.load(paths);
				setTimeout(() => queue(content.changedSince(paths)), SETTLE_MS).unref();
			}
		} finally {
			reloading = undefined;
		}
	}
	return (path) => queue([path]);
}
