import type { FastifyRequest } from 'fastify';
import { forbidden } from '../platform/errors.ts';
import type { SignedInActor } from '../policy/index.ts';

/**
 * The signed-in actor of a route whose action needs one. The guard has already sent anonymous
 * visitors to the login, so this only narrows the type; reaching the throw is a bug (403).
 */
export function requireSignedIn(req: FastifyRequest): SignedInActor {
  if (req.actor.kind === 'anonymous') throw forbidden();
  return req.actor;
}
