/**
 * The bench's one table, and the quick mode's verdict on it. Pure functions over the figures a run
 * measured, so the pass/fail logic is unit-tested without timing anything.
 */

export type Unit = 'ms' | 'bytes';

/**
 * How a figure meets its target: `ratio`, ours / floor ≤ limit; `over-floor`, ours − floor ≤ limit;
 * `at-most`, ours ≤ limit (a measure the floor has no counterpart of).
 */
export interface Target {
	kind: 'ratio' | 'over-floor' | 'at-most';
	limit: number;
}

export interface Result {
	measure: string;
	unit: Unit;
	target: Target;
	ours?: number;
	floor?: number;
	/** The measure crashed: the table says why, and the run fails. */
	error?: string;
	/** The measure does not apply to this checkout, e.g. a command it does not have yet. */
	skipped?: string;
}

const KIB = 1024;

export function formatValue(value: number, unit: Unit): string {
	if (unit === 'ms') return value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(1)} s`;
	if (value < KIB) return `${value.toFixed(0)} B`;
	if (value < KIB ** 2) return `${(value / KIB).toFixed(1)} KiB`;
	if (value < KIB ** 3) return `${(value / KIB ** 2).toFixed(0)} MiB`;
	return `${(value / KIB ** 3).toFixed(2)} GiB`;
}

/** The figure the target is about: the ratio to the floor, the difference from it, or ours alone. */
export function score(result: Result): number | undefined {
	const { ours, floor, target } = result;
	if (ours === undefined) return undefined;
	if (target.kind === 'at-most') return ours;
	if (floor === undefined) return undefined;
	return target.kind === 'ratio' ? ours / floor : ours - floor;
}

export function met(result: Result): boolean | undefined {
	const value = score(result);
	return value === undefined ? undefined : value <= result.target.limit;
}

function targetText({ kind, limit }: Target, unit: Unit): string {
	if (kind === 'ratio') return `≤ ${limit.toFixed(2)}× floor`;
	if (kind === 'over-floor') return `≤ floor + ${formatValue(limit, unit)}`;
	return `≤ ${formatValue(limit, unit)}`;
}

function ratioText(result: Result): string {
	const value = score(result);
	if (value === undefined || result.target.kind === 'at-most') return '—';
	return result.target.kind === 'ratio' ? value.toFixed(2) : `${value < 0 ? '−' : '+'}${formatValue(Math.abs(value), result.unit)}`;
}

function verdict(result: Result): string {
	if (result.error) return `ERROR: ${result.error}`;
	if (result.skipped) return result.skipped;
	return met(result) ? 'met' : 'NOT MET';
}

/** A Markdown table: measure, ours, the floor, the ratio (or difference), the target, met or not. */
export function formatTable(results: Result[]): string {
	const value = (v: number | undefined, unit: Unit) => (v === undefined ? '—' : formatValue(v, unit));
	const rows = results.map((r) => [r.measure, value(r.ours, r.unit), value(r.floor, r.unit), ratioText(r), targetText(r.target, r.unit), verdict(r)]);
	const lines = [['measure', 'ours', 'floor', 'ratio', 'target', 'met'], ['---', '---:', '---:', '---:', '---', '---'], ...rows];
	return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * Why the quick mode fails, if it does: a measure that crashed, or a ratio to the floor more than twice
 * its target. Never a time or a size on its own: on a shared CI machine those say more about the
 * machine than about the package, and the quick sizes are too small for the targets themselves.
 */
export function smokeFailures(results: Result[]): string[] {
	return results.flatMap((r) => {
		if (r.error) return [`${r.measure}: crashed (${r.error})`];
		const value = score(r);
		if (r.target.kind === 'ratio' && value !== undefined && value > 2 * r.target.limit)
			return [`${r.measure}: ratio ${value.toFixed(2)} is more than twice its target ${r.target.limit.toFixed(2)}`];
		return [];
	});
}
