import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../i18n/index.ts';
import { TextField } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';

/** The account forms' fields: each takes its value and error from the surrounding `<Form>`. */
export const NameField = () => (
  <TextField name="name" label="form.name" autocomplete="name" maxLength={200} />
);

export const EmailField = (props: { label?: MessageKey; hint?: MessageKey; autocomplete?: string }) => (
  <TextField
    name="email"
    type="email"
    label={props.label ?? 'form.email'}
    hint={props.hint}
    autocomplete={props.autocomplete ?? 'email'}
  />
);

export const NewPasswordField = () => (
  <TextField
    name="password"
    type="password"
    label="form.newPassword"
    hint="form.password.hint"
    autocomplete="new-password"
  />
);

/** The current password that confirms a change; each form names it differently. */
export const CurrentPasswordField = (props: { name: string }) => (
  <TextField name={props.name} type="password" label="form.currentPassword" autocomplete="current-password" />
);

/** A one-time code: six digits from the app when enrolling; at login also a recovery code. */
export const CodeField = (props: { hint: MessageKey; recovery?: boolean }) => (
  <TextField
    name="code"
    label="mfa.code"
    hint={props.hint}
    autocomplete="one-time-code"
    inputmode={props.recovery ? 'text' : 'numeric'}
    maxLength={props.recovery ? 40 : 10}
  />
);

/** An account's facts as a description list: label and value per row. */
export function Facts(props: {
  rows: { label: MessageKey; value: ComponentChildren; attrs?: Record<string, boolean> }[];
}) {
  const { t } = useView();
  return (
    <dl class="kern-description-list">
      {props.rows.map((r) => (
        <div class="kern-description-list-item" key={r.label}>
          <dt class="kern-description-list-item__key">{t(r.label)}</dt>
          <dd class="kern-description-list-item__value" {...r.attrs}>
            {r.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One part of an account page: a section named by its heading. */
export function AccountSection(props: { id: string; title: MessageKey; children: ComponentChildren }) {
  const { t } = useView();
  return (
    <section aria-labelledby={props.id} class="account-section">
      <h2 class="kern-heading-medium" id={props.id}>
        {t(props.title)}
      </h2>
      {props.children}
    </section>
  );
}
