import type { FastifyInstance } from 'fastify';

export function registerKickoff(_app: FastifyInstance) {}
