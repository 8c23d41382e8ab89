import type { MessageKey } from '../../../i18n/index.ts';
import { ErrorSummary, FieldError, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import { AdminBackLink } from './ProgrammeList.tsx';

export interface TopicsView {
  programme: { slug: string; name: string };
  active: { id: string; label: string }[];
  archived: { id: string; label: string; archivedAt: Date | null }[];
  /** Admins get a link back to the programme administration. */
  showAdminLink: boolean;
  errors?: FormErrors;
  values?: Record<string, string>;
}

/** Error keys: `label` (new topic), `thema-<id>` (rename), `archiv-<id>` (restore). */
export const renameKey = (id: string) => `thema-${id}`;
export const restoreKey = (id: string) => `archiv-${id}`;

/** The topic list of a programme: rename, reorder, archive, restore, add. */
export function TopicsPage(props: TopicsView) {
  const { t } = useView();
  const base = `/programme/${props.programme.slug}/themen`;
  const errors = props.errors ?? {};
  return (
    <Page
      title="programmes.topics.title"
      titleVars={{ name: props.programme.name }}
      lead="programmes.topics.lead"
      errors={props.errors}
    >
      {props.showAdminLink ? <AdminBackLink /> : null}
      <ErrorSummary errors={errors} order={['label']} />
      <section aria-labelledby="aktuelle-themen">
        <h2 class="kern-heading-medium" id="aktuelle-themen">
          {t('programmes.topics.active', { count: props.active.length })}
        </h2>
        {props.active.length === 0 ? (
          <p class="kern-body">{t('programmes.topics.none')}</p>
        ) : (
          <div class="kern-table-responsive">
            <table class="kern-table">
              <thead class="kern-table__header">
                <tr class="kern-table__row">
                  <th class="kern-table__header kern-table__header--numeric" scope="col">
                    {t('programmes.topics.number')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('programmes.topics.label')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('programmes.topics.order')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('programmes.topics.archive')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {props.active.map((topic, i) => {
                  const key = renameKey(topic.id);
                  const error = errors[key];
                  const which = t('programmes.quoted', { label: topic.label });
                  return (
                    <tr class="kern-table__row" id={`thema-${topic.id}`} key={topic.id}>
                      <td class="kern-table__cell kern-table__cell--numeric">{i + 1}</td>
                      <td class="kern-table__cell">
                        <Form action={`${base}/${topic.id}`}>
                          <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
                            <label class="kern-label kern-sr-only" for={`feld-${key}`}>
                              {t('programmes.topics.renameLabel', { label: topic.label })}
                            </label>
                            <FieldError id={`feld-${key}`} error={error} />
                            <input
                              class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
                              id={`feld-${key}`}
                              name="label"
                              type="text"
                              value={props.values?.[key] ?? topic.label}
                              maxLength={200}
                              required
                              aria-invalid={error ? 'true' : undefined}
                              aria-describedby={error ? `feld-${key}-fehler` : undefined}
                            />
                          </div>
                          <Button label="programmes.topics.rename" which={which} />
                        </Form>
                      </td>
                      <td class="kern-table__cell">
                        <Form action={`${base}/${topic.id}/position`}>
                          {i > 0 ? <Button label="programmes.topics.up" which={which} value="hoch" /> : null}
                          {i < props.active.length - 1 ? (
                            <Button label="programmes.topics.down" which={which} value="runter" />
                          ) : null}
                        </Form>
                      </td>
                      <td class="kern-table__cell">
                        <Form action={`${base}/${topic.id}/archiv`}>
                          <Button label="programmes.topics.archive" which={which} />
                        </Form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <p class="kern-body">{t('programmes.topics.renameHint')}</p>
      </section>

      <section aria-labelledby="thema-hinzufuegen">
        <h2 class="kern-heading-medium" id="thema-hinzufuegen">
          {t('programmes.topics.add')}
        </h2>
        <Form action={base} values={props.values} errors={props.errors}>
          <TextField
            name="label"
            label="programmes.topics.newLabel"
            hint="programmes.topics.newLabelHint"
            maxLength={200}
          />
          <SubmitButton label="programmes.topics.add" />
        </Form>
      </section>

      <ArchivedTopics base={base} topics={props.archived} errors={errors} />
    </Page>
  );
}

function ArchivedTopics(props: { base: string; topics: TopicsView['archived']; errors: FormErrors }) {
  const { t, locale } = useView();
  return (
    <section aria-labelledby="archivierte-themen">
      <h2 class="kern-heading-medium" id="archivierte-themen">
        {t('programmes.topics.archived', { count: props.topics.length })}
      </h2>
      <p class="kern-body">{t('programmes.topics.archivedLead')}</p>
      {props.topics.length === 0 ? (
        <p class="kern-body">{t('programmes.topics.archivedNone')}</p>
      ) : (
        <ul class="kern-list">
          {props.topics.map((topic) => {
            const key = restoreKey(topic.id);
            const error = props.errors[key];
            return (
              <li key={topic.id} id={`thema-${topic.id}`}>
                <Form action={`${props.base}/${topic.id}/wiederherstellen`}>
                  <p class="kern-body">
                    {topic.label}
                    {topic.archivedAt ? (
                      <span class="kern-body--small">
                        {' '}
                        {t('programmes.topics.archivedOn', {
                          date: formatAt(topic.archivedAt, locale, 'date'),
                        })}
                      </span>
                    ) : null}
                  </p>
                  <FieldError id={`feld-${key}`} error={error} />
                  <Button
                    label="programmes.topics.restore"
                    which={t('programmes.quoted', { label: topic.label })}
                    id={`feld-${key}`}
                    describedBy={error ? `feld-${key}-fehler` : undefined}
                  />
                </Form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A small secondary button whose accessible name also says which topic it acts on. */
function Button(props: {
  label: MessageKey;
  which: string;
  value?: string;
  id?: string;
  describedBy?: string;
}) {
  const { t } = useView();
  return (
    <button
      type="submit"
      class="kern-btn kern-btn--secondary kern-btn--x-small"
      name={props.value ? 'richtung' : undefined}
      value={props.value}
      id={props.id}
      aria-describedby={props.describedBy}
    >
      <span class="kern-label">
        {t(props.label)}
        <span class="kern-sr-only"> {props.which}</span>
      </span>
    </button>
  );
}
