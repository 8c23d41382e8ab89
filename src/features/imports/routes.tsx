import type { FastifyInstance } from 'fastify';

export async function registerImports(_app: FastifyInstance) {}
