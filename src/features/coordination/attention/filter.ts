import { TANDEM_STATUSES, type TandemStatus } from '../../../db/schema/index.ts';

/** `?stand=…` narrows the list of all tandems; anything else shows them all. */
export function statusFilter(query: unknown): TandemStatus | undefined {
  const value = (query as Record<string, unknown> | undefined)?.stand;
  return TANDEM_STATUSES.find((s) => s === value);
}
