import type { FastifyInstance } from 'fastify';

export function registerIntake(_app: FastifyInstance) {}
