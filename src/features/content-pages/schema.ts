import { z } from 'zod';

export const pageForm = z.object({
  title: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  body: z.string().trim().min(1, 'form.required').max(50_000, 'form.tooLong'),
});
