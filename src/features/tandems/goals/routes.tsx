import type { FastifyInstance } from 'fastify';

export function registerGoals(_app: FastifyInstance) {}
