// Builds the statement index in a thread of its own: its own import of `pagefind` starts its own Pagefind
// service, which this thread alone closes, so another integration's index (Starlight's, say) built in the
// same process at the same time keeps its service. Plain JavaScript, so any Node that runs Astro runs it.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const { records, outputPath } = workerData;
try {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(errors.join('\n'));
	// Sent all at once: Pagefind's process indexes while the next records are sent.
	const results = await Promise.all(records.map((record) => index.addHTMLFile({ url: record.url, content: record.html })));
	const failed = results.flatMap((result, i) => result.errors.map((message) => ({ record: i, message })));
	const written = failed.length === 0 ? await index.writeFiles({ outputPath }) : { errors: [] };
	parentPort.postMessage({ failed, errors: written.errors });
} finally {
	await pagefind.close();
}
