import type { FastifyInstance } from 'fastify';

export function registerHelp(_app: FastifyInstance) {}
