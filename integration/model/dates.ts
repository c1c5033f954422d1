/** Dates as the statement writes them: `YYYY-MM-DD`, a calendar day without time or zone. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written as `YYYY-MM-DD`, as version ids and the build date are. `Date.parse` alone rolls 2024-02-30 over to March. */
export function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The UTC day of a moment, `YYYY-MM-DD`: the build's "today", the same in every time zone. */
export function isoDay(moment: Date): string {
	return moment.toISOString().slice(0, 10);
}

/** The day before a `YYYY-MM-DD` date: the last day a version was in effect. */
export function dayBefore(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return isoDay(date);
}
