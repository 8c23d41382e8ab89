import type { MessageKey } from '../../../i18n/index.ts';
import { ErrorSummary, FieldError, Form, FormFields, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import type { AccountForAdmin, AccountSummary } from '../admin-queries.ts';
import { Facts } from './fields.tsx';

export const accountAdminPath = (id: string) => `/verwaltung/konten/${id}`;
export const mfaResetPath = (id: string) => `${accountAdminPath(id)}/zweiter-faktor`;

const roleOf = (a: Pick<AccountForAdmin, 'role'> & { coordinates?: string[] }): MessageKey =>
  a.role === 'admin' ? 'role.admin' : a.coordinates?.length ? 'role.coordinator' : 'role.participant';

/** Admins: find an account by name or e-mail address, to open it. */
export function AccountSearchPage(props: { term: string; results?: AccountSummary[]; errors?: FormErrors }) {
  const { t } = useView();
  return (
    <Page title="adminAccounts.title" lead="adminAccounts.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['suche']} />
      <form method="get" action="/verwaltung/konten" class="kern-stack">
        <FormFields values={{ suche: props.term }} errors={props.errors}>
          <TextField
            name="suche"
            type="search"
            label="adminAccounts.search"
            hint="adminAccounts.searchHint"
            maxLength={254}
            autocomplete="off"
          />
        </FormFields>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('adminAccounts.searchSubmit')}</span>
        </button>
      </form>
      {props.results === undefined ? null : props.results.length === 0 ? (
        <p class="kern-body" role="status">
          {t('adminAccounts.noResults', { term: props.term })}
        </p>
      ) : (
        <section aria-labelledby="treffer">
          <h2 class="kern-heading-medium" id="treffer">
            {t('adminAccounts.results', { count: props.results.length })}
          </h2>
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
                    {t('adminAccounts.mfa')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {props.results.map((a) => (
                  <tr class="kern-table__row" key={a.id}>
                    <th class="kern-table__cell" scope="row">
                      <a class="kern-link" href={accountAdminPath(a.id)}>
                        {a.name}
                      </a>
                    </th>
                    <td class="kern-table__cell">{a.email}</td>
                    <td class="kern-table__cell">
                      <MfaState since={a.mfaEnabledAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Page>
  );
}

/** Whether the account has a second factor, and since when. */
function MfaState(props: { since: Date | null }) {
  const { t, locale } = useView();
  return (
    <>
      {props.since
        ? t('adminAccounts.mfaOnSince', { date: formatAt(props.since, locale, 'date') })
        : t('adminAccounts.mfaOff')}
    </>
  );
}

function AccountFacts(props: { account: AccountForAdmin }) {
  const { t } = useView();
  const a = props.account;
  const coordinates = a.coordinates.length > 0 ? ` (${a.coordinates.join(', ')})` : '';
  return (
    <Facts
      rows={[
        { label: 'form.name', value: a.name },
        { label: 'form.email', value: a.email },
        { label: 'account.role', value: `${t(roleOf(a))}${coordinates}` },
        { label: 'adminAccounts.mfa', value: <MfaState since={a.mfaEnabledAt} /> },
      ]}
    />
  );
}

/** Admins: one account, with the reset of its second factor when there is one (not for oneself). */
export function AccountAdminPage(props: { account: AccountForAdmin; self: boolean }) {
  const { t } = useView();
  const a = props.account;
  return (
    <Page title="adminAccounts.account.title" titleVars={{ name: a.name }}>
      <p class="kern-body">
        <a class="kern-link" href="/verwaltung/konten">
          {t('adminAccounts.back')}
        </a>
      </p>
      <AccountFacts account={a} />
      <section aria-labelledby="zweiter-faktor">
        <h2 class="kern-heading-medium" id="zweiter-faktor">
          {t('adminAccounts.reset.heading')}
        </h2>
        {props.self ? (
          <p class="kern-body">
            {t('adminAccounts.reset.self')}{' '}
            <a class="kern-link" href="/konto/2fa">
              {t('adminAccounts.reset.selfLink')}
            </a>
          </p>
        ) : a.mfaEnabledAt ? (
          <>
            <p class="kern-body">{t('adminAccounts.reset.when')}</p>
            <p class="kern-body">
              <a class="kern-btn kern-btn--secondary" href={mfaResetPath(a.id)}>
                <span class="kern-label">{t('adminAccounts.reset.start')}</span>
              </a>
            </p>
          </>
        ) : (
          <p class="kern-body">{t('adminAccounts.reset.nothing')}</p>
        )}
      </section>
    </Page>
  );
}

/** Admins: the confirmation before a second factor is removed, naming what happens. */
export function MfaResetConfirmPage(props: { account: AccountForAdmin; errors?: FormErrors }) {
  const { t } = useView();
  const a = props.account;
  const error = props.errors?.bestaetigung;
  return (
    <Page title="adminAccounts.reset.title" titleVars={{ name: a.name }} errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['bestaetigung']} />
      <AccountFacts account={a} />
      <p class="kern-body">{t('adminAccounts.reset.consequences')}</p>
      <Form action={mfaResetPath(a.id)}>
        <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <FieldError id="feld-bestaetigung" error={error} />
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              type="checkbox"
              id="feld-bestaetigung"
              name="bestaetigung"
              value="ja"
              aria-describedby={error ? 'feld-bestaetigung-fehler' : undefined}
              aria-invalid={error ? 'true' : undefined}
            />
            <label class="kern-label" for="feld-bestaetigung">
              {t('adminAccounts.reset.confirm', { name: a.name })}
            </label>
          </div>
        </div>
        <div class="button-row">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('adminAccounts.reset.submit')}</span>
          </button>
          <a class="kern-link" href={accountAdminPath(a.id)}>
            {t('adminAccounts.reset.cancel')}
          </a>
        </div>
      </Form>
    </Page>
  );
}
