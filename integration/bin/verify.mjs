#!/usr/bin/env node
// Recomputes every published version's record and fingerprint from the content, in a full build with all
// of its checks, and compares them with a deployed site, a build folder, or given fingerprints.
import { buildInTemp } from './run-astro.mjs';

const request = { against: [], fingerprints: [] };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
	const value = args[i + 1];
	if ((args[i] === '--against' || args[i] === '--fingerprint') && value && !value.startsWith('--')) {
		request[args[i] === '--against' ? 'against' : 'fingerprints'].push(value);
		i++;
	} else {
		console.log('Usage: astro-privacy-verify [--against <site URL or build folder>]... [--fingerprint <sha256>]...');
		process.exit(args[i] === '--help' ? 0 : 2);
	}
}
const checked = [...request.against, ...request.fingerprints.map((f) => `fingerprint ${f}`)].join(', ') || 'the lock files only';
process.exit(
	await buildInTemp(
		() => ({ kind: 'verify', ...request }),
		(_folder, status) => {
			console.log(
				`\nastro-privacy-verify: content checked against ${checked}: ${status === 0 ? 'everything matches' : 'it does not match; the problems are listed above'}.`,
			);
			return status;
		},
	),
);
