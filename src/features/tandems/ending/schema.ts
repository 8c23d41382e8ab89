import { z } from 'zod';
import { E } from '../support/schema.ts';

export const endForm = z
  .object({
    art: z.enum(['planned', 'early'], { error: `${E}.kind.required` }),
    grund: z.string().trim().max(2000, `${E}.endReason.tooLong`).default(''),
    bestaetigt: z.literal('ja', { error: `${E}.confirm.required` }),
  })
  .refine((f) => f.art === 'planned' || f.grund.length > 0, {
    path: ['grund'],
    message: `${E}.endReason.required`,
  });
