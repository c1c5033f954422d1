import { describe, expect, it } from 'vitest';
import { formatTable, met, smokeFailures, type Result } from '../../bench/table.ts';

const ratio = (ours: number, floor: number, limit = 1.25): Result => ({
	measure: 'build',
	unit: 'ms',
	target: { kind: 'ratio', limit },
	ours,
	floor,
});

describe("the bench's quick mode verdict", () => {
	it('passes a ratio that misses its target by less than twice, and fails one more than twice its target', () => {
		expect(met(ratio(2000, 1000))).toBe(false);
		expect(smokeFailures([ratio(2000, 1000)])).toEqual([]);
		expect(smokeFailures([ratio(2500, 1000)])).toEqual([]);
		expect(smokeFailures([ratio(2600, 1000)])).toEqual(['build: ratio 2.60 is more than twice its target 1.25']);
	});

	it('never fails on a time or a size on its own, however far over its target', () => {
		const results: Result[] = [
			{ measure: 'dev title', unit: 'ms', target: { kind: 'over-floor', limit: 150 }, ours: 5000, floor: 500 },
			{ measure: 'search', unit: 'ms', target: { kind: 'at-most', limit: 150 }, ours: 9000 },
			{ measure: 'JavaScript', unit: 'bytes', target: { kind: 'at-most', limit: 512 }, ours: 4096 },
		];
		expect(results.map(met)).toEqual([false, false, false]);
		expect(smokeFailures(results)).toEqual([]);
	});

	it('fails on a measure that crashed, whatever its kind, and not on one that does not apply', () => {
		const crashed: Result = { measure: 'search', unit: 'ms', target: { kind: 'at-most', limit: 150 }, error: 'Chromium did not start' };
		const skipped: Result = { measure: 'import', unit: 'ms', target: { kind: 'at-most', limit: 2000 }, skipped: 'n/a (no import command)' };
		expect(smokeFailures([crashed, skipped, ratio(1100, 1000)])).toEqual(['search: crashed (Chromium did not start)']);
	});
});

describe("the bench's table", () => {
	it('prints ours, the floor, the ratio or the difference, the target and whether it is met', () => {
		const table = formatTable([
			ratio(1500, 1000, 1.5),
			{ measure: 'peak', unit: 'bytes', target: { kind: 'ratio', limit: 1.1 }, ours: 1.8 * 1024 ** 3, floor: 1.6 * 1024 ** 3 },
			{ measure: 'dev body', unit: 'ms', target: { kind: 'over-floor', limit: 50 }, ours: 120, floor: 140 },
			{ measure: 'import', unit: 'ms', target: { kind: 'at-most', limit: 2000 }, skipped: 'n/a (no import command)' },
		]);
		expect(table.split('\n')).toEqual([
			'| measure | ours | floor | ratio | target | met |',
			'| --- | ---: | ---: | ---: | --- | --- |',
			'| build | 1.5 s | 1.0 s | 1.50 | ≤ 1.50× floor | met |',
			'| peak | 1.80 GiB | 1.60 GiB | 1.13 | ≤ 1.10× floor | NOT MET |',
			'| dev body | 120 ms | 140 ms | −20 ms | ≤ floor + 50 ms | met |',
			'| import | — | — | — | ≤ 2.0 s | n/a (no import command) |',
		]);
	});
});
