import type { FastifyInstance } from 'fastify';

export function registerCalendar(_app: FastifyInstance) {}
