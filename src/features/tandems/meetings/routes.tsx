import type { FastifyInstance } from 'fastify';

export function registerMeetings(_app: FastifyInstance) {}
