import type { FastifyInstance } from 'fastify';

export function registerAttention(_app: FastifyInstance) {}
