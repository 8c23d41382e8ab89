import type { FastifyInstance } from 'fastify';

/** Liveness and readiness for orchestrators and load balancers. */
export function registerHealth(app: FastifyInstance) {
  app.get('/healthz', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', { config: { access: 'public.view' } }, async (_req, reply) => {
    try {
      await app.deps.database.execute('SELECT 1');
      return reply.header('cache-control', 'no-store').send({ status: 'ready' });
    } catch {
      return reply.code(503).header('cache-control', 'no-store').send({ status: 'unavailable' });
    }
  });
}
