import type { FastifyInstance } from 'fastify';

export function registerTodos(_app: FastifyInstance) {}
