import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Declining needs a reason: the coordinators read it to find a better partner. */
export const declineForm = z.object({
  grund: z
    .string('form.proposals.reason.required')
    .trim()
    .min(1, 'form.proposals.reason.required')
    .max(2000, 'form.proposals.reason.tooLong'),
});
