// Builds the statement index in a thread of its own: its own import of `pagefind` starts its own Pagefind
// service, which this thread alone closes, so another integration's index (Starlight's, say) built in the
// same process at the same time keeps its service. Plain JavaScript, so any Node that runs Astro runs it.
// A message is a record ({ url, html }), added while the next pages render, or the last one: where to write.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const created = pagefind.createIndex({});
const added = [];
parentPort.on('message', (message) => {
	if ('html' in message) added.push(created.then(({ index }) => index?.addHTMLFile({ url: message.url, content: message.html })));
	else {
		// No more messages: should Pagefind's process die without an answer, the thread ends and says so.
		parentPort.unref();
		void write(message.outputPath);
	}
});

async function write(outputPath) {
	try {
		const { index, errors } = await created;
		if (!index) throw new Error(errors.join('\n'));
		const results = await Promise.all(added);
		const failed = results.flatMap((result, i) => result.errors.map((message) => ({ record: i, message })));
		const written = failed.length === 0 ? await index.writeFiles({ outputPath }) : { errors: [] };
		parentPort.postMessage({ failed, errors: written.errors });
	} finally {
		await pagefind.close();
		parentPort.close();
	}
}
