import { z } from 'zod';
import { MAX_TITLE } from './service.ts';

const E = 'tandems.milestones.error';

const title = z
  .string(`${E}.title.required`)
  .trim()
  .min(1, `${E}.title.required`)
  .max(MAX_TITLE, `${E}.title.tooLong`);

export const goalForm = z.object({ ziel_titel: title });
export const milestoneForm = z.object({
  ziel: z.string(`${E}.goal.required`).min(1, `${E}.goal.required`),
  meilenstein_titel: title,
});
export const reachedForm = z.object({ erreicht: z.enum(['ja', 'nein']) });
export const celebrateForm = z.object({ art: z.enum(['ziel', 'meilenstein']), id: z.string() });
