// Builds one site in a process of its own and reports its wall time and peak memory as JSON.
import { build } from 'astro';

const root = process.argv[2];
const started = performance.now();
await build({ root, logLevel: 'error' });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, peakBytes: process.resourceUsage().maxRSS * 1024 }));
