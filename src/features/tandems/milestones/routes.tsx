import type { FastifyInstance } from 'fastify';

export function registerMilestones(_app: FastifyInstance) {}
