import { z } from 'zod';
import { TODO_OWNERS } from '../../../db/schema/tandems.ts';
import { MAX_TODO_TITLE, optionalDay } from '../core/fields.ts';

/** A new to-do: what, who, until when (optional). */
export const todoForm = z.object({
  titel: z
    .string('tandems.todos.error.title.required')
    .trim()
    .min(1, 'tandems.todos.error.title.required')
    .max(MAX_TODO_TITLE, 'tandems.todos.error.title.tooLong'),
  zustaendig: z.enum(TODO_OWNERS, { error: 'tandems.todos.error.owner.required' }),
  faellig: optionalDay('tandems.todos.error.due.invalid'),
});

/** Done or open again: the state the member wants, and where to go back to without JavaScript. */
export const toggleForm = z.object({
  erledigt: z.enum(['ja', 'nein']),
  zurueck: z.string().optional().catch(undefined),
});
