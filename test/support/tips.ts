import type { TestClient } from '../helpers/client.ts';

export const tipFields = (overrides: Record<string, string | string[]> = {}) => ({
  titel: 'Hitzeaktionsplan in sechs Monaten',
  zusammenfassung: 'Wie wir mit einer kleinen Arbeitsgruppe einen Hitzeaktionsplan aufgestellt haben.',
  text: 'Erst die **Betroffenheitsanalyse**, dann die Maßnahmen mit dem Gesundheitsamt.',
  aktion: 'einreichen',
  ...overrides,
});

/** Writes a Praxistipp through the form; returns its id. */
export async function writeTip(
  browser: TestClient,
  fields: Record<string, string | string[]> = {},
  space = 'klimaschutz',
) {
  const all = tipFields(fields);
  const res = await browser.post(`/austausch/praxistipps/neu/${space}`, all);
  if (res.statusCode !== 303) throw new Error(`writing the tip failed: ${res.statusCode}`);
  return String(res.headers.location).split('/').pop()!;
}

/** A coordinator's decision on a submitted tip. */
export const decide = (browser: TestClient, tipId: string, entscheidung: string, notiz = '') =>
  browser.post(`/austausch/praxistipps/${tipId}/pruefung`, { entscheidung, notiz });

/** A small, real PDF: what a person attaches. */
export const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
