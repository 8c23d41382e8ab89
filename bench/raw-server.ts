import { createServer } from 'node:http';

// The yardstick: the least a Node HTTP server can do per request.
const body = 'Hello World\n';
const server = createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
});
server.listen(Number(process.env.PORT ?? 3001), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
