import { z } from 'astro/zod';
import type { AstroIntegration } from 'astro';

/**
 * What a build is for. An ordinary build checks the content against its lock; `astro-privacy-lock` asks
 * for the next lock files, staged in `stage` until every statement passed; `astro-privacy-verify` asks for a
 * comparison with published records. The commands ask through an integration of their own with the hook
 * below, so the request travels in Astro's config, like every other option.
 */
const RunRequestSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('build') }),
	z.object({ kind: z.literal('lock'), init: z.boolean(), stage: z.string() }),
	z.object({
		kind: z.literal('verify'),
		/** Deployed sites (`https://…`) or built output folders (`dist`), each holding `/<base>/policy.json`. */
		against: z.array(z.string()),
		/** Fingerprints a reader was given, each to be found among the versions. */
		fingerprints: z.array(z.string()),
	}),
]);
export type RunRequest = z.infer<typeof RunRequestSchema>;

/** The custom hook the commands' integration answers; Astro passes unknown hooks through untouched. */
const RUN_HOOK = 'astro-privacy:run';

/** The request of the command that started this build, or an ordinary build. */
export function runRequestOf(integrations: AstroIntegration[]): RunRequest {
	const asked = integrations.map((i) => i.hooks[RUN_HOOK]).find((hook): hook is () => unknown => typeof hook === 'function');
	return asked ? RunRequestSchema.parse(asked()) : { kind: 'build' };
}
