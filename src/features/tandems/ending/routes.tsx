import type { FastifyInstance } from 'fastify';

export function registerEnding(_app: FastifyInstance) {}
