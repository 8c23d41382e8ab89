import type { FastifyInstance } from 'fastify';

export function registerAgreement(_app: FastifyInstance) {}
