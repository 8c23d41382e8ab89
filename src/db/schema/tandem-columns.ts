import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { tandems } from './matching.ts';

// Column builders shared by the tandem tables; not exported from the schema index.
export const tandemRef = () =>
  uuid('tandem_id')
    .notNull()
    .references(() => tandems.id, { onDelete: 'cascade' });
export const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const at = (name: string) => timestamp(name, { withTimezone: true });
