import type { FastifyInstance } from 'fastify';

export function registerRegistration(_app: FastifyInstance) {}
