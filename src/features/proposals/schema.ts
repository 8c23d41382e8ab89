import { z } from 'zod';

/** Declining needs a reason: the coordinators read it to find a better partner. */
export const declineForm = z.object({
  grund: z
    .string('form.proposals.reason.required')
    .trim()
    .min(1, 'form.proposals.reason.required')
    .max(2000, 'form.proposals.reason.tooLong'),
});
