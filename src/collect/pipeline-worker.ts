/**
 * The worker thread of `skimguard serve` that runs the ingest pipeline (src/collect/pipeline.ts) on its own
 * connection to the database named in `workerData.database`, reading the journal in `workerData.journalDir`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open.ts';
import { IngestPipeline, type ToPipeline } from './pipeline.ts';

if (!parentPort) throw new Error('pipeline-worker.ts runs as a worker thread');
const port = parentPort;
const { database, journalDir } = workerData as { database: string; journalDir: string };
const store = openStore(database);
const pipeline = new IngestPipeline(store, journalDir, (message) => port.postMessage(message));
// One message at a time, each finished before the next starts, so that the pipeline sees them as the main thread
// sent them (a stop after the write before it).
let queue = Promise.resolve();
port.on('message', (message: ToPipeline) => {
  queue = queue.then(async () => {
    await pipeline.handle(message);
    if (message.type === 'stop') {
      await store.close();
      port.close();
    }
  });
});
