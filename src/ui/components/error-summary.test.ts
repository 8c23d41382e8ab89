import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { labelIn } from '../render.tsx';

const t = useTestApp();

/** Posts a registration step like a browser. */
async function step(client: TestClient, name: string, fields: Record<string, string>) {
  return client.post(`/registrierung/${name}`, fields, { tokenFrom: `/registrierung/${name}` });
}

/** The entries of the page's error summary, as a user reads them, with their link targets. */
function summary(html: string) {
  const box = /<div[^>]*data-error-summary[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...box.matchAll(/<a[^>]*href="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map(
    (m) => `${m[1]} → ${text(m[2]!).replace(/\s+/g, ' ').trim()}`,
  );
}

describe('the error summary names each field', () => {
  it('on the registration organisation step, every "choose one" error says which choice', async () => {
    const client = new TestClient(t.app, '10.24.0.1');
    await step(client, 'programm', { programme: 'klimaanpassung', role: 'mentor', aktion: 'weiter' });
    await step(client, 'kontakt', { name: 'Olga Org', email: 'olga@example.org', aktion: 'weiter' });
    const res = await step(client, 'organisation', {
      organisationName: 'Stadt Musterhausen',
      position: 'Klimaschutzmanagerin',
      inRoleSince: '2024',
      aktion: 'weiter',
    });
    expect(res.statusCode).toBe(422);
    expect(summary(res.body)).toEqual([
      'feld-organisationType → Art der Organisation: Bitte wählen Sie eine der Möglichkeiten.',
      'feld-bundesland → Bundesland: Bitte wählen Sie eine der Möglichkeiten.',
      'feld-sizeClass → Größe (Einwohner*innen): Bitte wählen Sie eine der Möglichkeiten.',
      'feld-funding → Förderung Ihrer Stelle: Bitte wählen Sie eine der Möglichkeiten.',
    ]);
    // The message beside the field stays as it was: the label is right above it.
    expect(res.body).toMatch(/id="feld-organisationType-fehler"[\s\S]*?<span>Bitte wählen Sie/);
  });

  it('on the sign-up form, in German and in English', async () => {
    const client = new TestClient(t.app, '10.24.0.2');
    const res = await client.post(
      '/konto/erstellen',
      { name: '', email: 'kein-at', password: '' },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(res.statusCode).toBe(422);
    const entries = summary(res.body);
    expect(entries[0]).toBe('feld-name → Name: Bitte geben Sie Ihren Namen ein.');
    expect(entries[1]).toMatch(/^feld-email → E-Mail-Adresse: Bitte geben Sie eine E-Mail-Adresse/);
    expect(entries[2]).toMatch(/^feld-password → Neues Passwort: /);

    const english = new TestClient(t.app, '10.24.0.3');
    english.cookies.set('kt_lang', 'en');
    const en = await english.post(
      '/konto/erstellen',
      { name: '', email: 'x@example.org', password: 'x' },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(summary(en.body)[0]).toBe('feld-name → Name: Please enter your name.');
  });
});

describe('labelIn: the label a field shows, in any markup', () => {
  const html =
    '<fieldset class="kern-fieldset"><legend class="kern-label">Wie oft möchten Sie sich treffen?<span class="kern-label__optional"> (optional)</span></legend>' +
    '<input type="radio" id="feld-frequency" name="frequency" value="x"/><label class="kern-label" for="feld-frequency">Monatlich</label></fieldset>' +
    '<label class="kern-label" for="feld-datei">Datei (CSV &amp; XLSX)</label><input type="file" id="feld-datei"/>';
  it("takes a radio group's legend, not the option's label, and a field's own label", () => {
    expect(labelIn(html, 'feld-frequency')).toBe('Wie oft möchten Sie sich treffen?');
    expect(labelIn(html, 'feld-datei')).toBe('Datei (CSV & XLSX)');
    expect(labelIn(html, 'feld-fehlt')).toBeUndefined();
  });
});
