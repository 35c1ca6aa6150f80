/**
 * The baseline of `npm run bench:ingest`: the least a report endpoint can do — read the body, JSON.parse it, answer
 * 204 — on bare `node:http`, in its own process like `skimguard serve`. Prints its address on stderr the way serve
 * does, so the bench reads both the same way.
 */
import { createServer } from 'node:http';

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(204).end();
    } catch {
      response.writeHead(400).end();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.stderr.write(`bare: listening on http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => server.close());
