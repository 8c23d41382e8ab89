import { issueErrors } from '../../platform/forms.ts';
import type { FormErrors } from '../../ui/context.ts';
import type { Topic } from '../programmes/index.ts';
import { type DraftData, STEPS, type Step, stepSchemas } from './schema.ts';

/** Role-dependent rules of the topics step that a schema alone cannot express. */
export function checkTopics(data: DraftData, activeTopics: Topic[]): FormErrors {
  const errors: FormErrors = {};
  const known = new Set(activeTopics.map((t) => t.id));
  const mentee = data.role === 'mentee' || data.role === 'beides';
  const mentor = data.role === 'mentor' || data.role === 'beides';
  if ((data.topicsNeeded ?? []).some((id) => !known.has(id)))
    errors.topicsNeeded = 'registration.error.unknownTopic';
  if ((data.topicsOffered ?? []).some((id) => !known.has(id)))
    errors.topicsOffered = 'registration.error.unknownTopic';
  if (mentee && (data.topicsNeeded ?? []).length === 0 && !errors.topicsNeeded)
    errors.topicsNeeded = 'registration.error.topicsNeeded';
  if (mentor && (data.topicsOffered ?? []).length === 0 && !errors.topicsOffered)
    errors.topicsOffered = 'registration.error.topicsOffered';
  if (mentee && !data.goals) errors.goals = 'registration.error.goals';
  if (mentor) {
    const c = data.capacity;
    if (c === undefined || !Number.isInteger(c) || c < 1 || c > 3)
      errors.capacity = 'registration.error.capacity';
  }
  return errors;
}

/** The first step whose answers are missing or invalid, with its errors; null when all are complete. */
export function firstIncompleteStep(
  data: DraftData,
  activeTopics: Topic[],
  fundingOptions: string[],
): { step: Step; errors: FormErrors } | null {
  for (const step of STEPS) {
    if (step === 'abschluss') break;
    const result = stepSchemas[step].safeParse(data);
    if (!result.success) return { step, errors: issueErrors(result.error.issues) };
    if (step === 'organisation' && !fundingOptions.includes(data.funding ?? '')) {
      return { step, errors: { funding: 'registration.error.choose' } };
    }
    if (step === 'themen') {
      const errors = checkTopics(data, activeTopics);
      if (Object.keys(errors).length > 0) return { step, errors };
    }
  }
  return null;
}
