import type { FastifyInstance } from 'fastify';

export function registerCoordination(_app: FastifyInstance) {}
