import { asList, type FormResult, parseForm } from '../../../platform/forms.ts';
import { tipForm } from '../schema.ts';
import type { TipInput } from '../service/tips.ts';

/** The tip form parsed into what the services take, with the topics as ticked. */
export function readTipForm(body: unknown): { form: FormResult<TipInput>; selectedTopics: string[] } {
  const selectedTopics = asList((body as Record<string, unknown> | undefined)?.themen);
  const form = parseForm(tipForm, body);
  if (!form.ok) return { form, selectedTopics };
  const d = form.data;
  return {
    selectedTopics,
    form: {
      ok: true,
      data: {
        title: d.titel,
        summary: d.zusammenfassung,
        body: d.text,
        topicIds: d.themen,
        bundesland: d.bundesland,
        organisationType: d.organisationsart,
        sizeClass: d.groesse,
        submit: d.aktion === 'einreichen',
      },
    },
  };
}

/** The form's values from a stored tip, for the edit page. */
export const tipValues = (tip: {
  title: string;
  summary: string;
  body: string;
  bundesland: string | null;
  organisationType: string | null;
  sizeClass: string | null;
}): Record<string, string> => ({
  titel: tip.title,
  zusammenfassung: tip.summary,
  text: tip.body,
  bundesland: tip.bundesland ?? '',
  organisationsart: tip.organisationType ?? '',
  groesse: tip.sizeClass ?? '',
});
