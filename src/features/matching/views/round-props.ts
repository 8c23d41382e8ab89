import type { PoolPerson, Programme, Round } from '../queries.ts';

/** What the round's page and its pairs form show. */
export interface RoundProps {
  programme: Programme;
  round: Round;
  people: Map<string, PoolPerson>;
  /** Marked running, but no worker here runs it (the instance restarted): it can be run again. */
  interrupted: boolean;
  notice?: 'stale' | 'changed';
}
