import type { FastifyInstance } from 'fastify';

export function registerProgrammes(_app: FastifyInstance) {}
