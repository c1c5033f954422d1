// Builds one site in a process of its own and reports its wall time and peak memory as JSON. An optional
// second argument is the folder to write to (the demo is built outside the repository's own dist/).
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
const started = performance.now();
await build({ root, ...(outDir && { outDir }), logLevel: 'error' });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, peakBytes: process.resourceUsage().maxRSS * 1024 }));
