import type { FastifyInstance } from 'fastify';

export function registerSupport(_app: FastifyInstance) {}
