import type { FastifyInstance } from 'fastify';

export function registerTime(_app: FastifyInstance) {}
