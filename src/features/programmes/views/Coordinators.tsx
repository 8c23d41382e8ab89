import { ErrorSummary, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { AdminBackLink } from './ProgrammeList.tsx';

export interface CoordinatorsView {
  programme: { slug: string; name: string };
  coordinators: { userId: string; name: string; email: string }[];
  errors?: FormErrors;
  values?: Record<string, string>;
}

/** Admins: who coordinates this programme; add by e-mail address of an existing account, or remove. */
export function CoordinatorsPage(props: CoordinatorsView) {
  const { t } = useView();
  const base = `/verwaltung/programme/${props.programme.slug}/koordination`;
  return (
    <Page
      title="programmes.coordinators.title"
      titleVars={{ name: props.programme.name }}
      lead="programmes.coordinators.lead"
      errors={props.errors}
    >
      <AdminBackLink />
      <ErrorSummary errors={props.errors ?? {}} order={['email']} />
      <section aria-labelledby="aktuelle-koordination">
        <h2 class="kern-heading-medium" id="aktuelle-koordination">
          {t('programmes.coordinators.current', { count: props.coordinators.length })}
        </h2>
        {props.coordinators.length === 0 ? (
          <p class="kern-body">{t('programmes.coordinators.none')}</p>
        ) : (
          <div class="kern-table-responsive">
            <table class="kern-table">
              <thead class="kern-table__header">
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="col">
                    {t('form.name')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('form.email')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('programmes.coordinators.action')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {props.coordinators.map((c) => (
                  <tr class="kern-table__row" key={c.userId}>
                    <td class="kern-table__cell">{c.name}</td>
                    <td class="kern-table__cell">{c.email}</td>
                    <td class="kern-table__cell">
                      <Form action={`${base}/${c.userId}/entfernen`}>
                        <button type="submit" class="kern-btn kern-btn--secondary kern-btn--x-small">
                          <span class="kern-label">
                            {t('programmes.coordinators.remove')}
                            <span class="kern-sr-only"> {c.name}</span>
                          </span>
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p class="kern-body">{t('programmes.coordinators.sessionsHint')}</p>
      </section>

      <section aria-labelledby="koordination-hinzufuegen">
        <h2 class="kern-heading-medium" id="koordination-hinzufuegen">
          {t('programmes.coordinators.add')}
        </h2>
        <Form action={base} values={props.values} errors={props.errors}>
          <TextField
            name="email"
            type="email"
            label="programmes.coordinators.email"
            hint="programmes.coordinators.emailHint"
            autocomplete="off"
          />
          <SubmitButton label="programmes.coordinators.add" />
        </Form>
      </section>
    </Page>
  );
}
