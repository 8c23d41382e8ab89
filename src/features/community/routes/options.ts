import { postingRateLimit } from '../../../platform/rate-limit.ts';

/**
 * Route options of every form that posts a text: rate-limited per person, and a body limit above
 * the texts' own (20,000 characters), so that a far too long text gets the form's German message
 * with what was typed rather than a 413 page.
 */
export const posting = {
  bodyLimit: 512 * 1024,
  config: { access: 'community.view' as const, ...postingRateLimit },
};

/** A moderator changing someone else's post says why: the author is told (the form's error). */
export const noReason = { notiz: 'moderation.error.note.required' } as const;
