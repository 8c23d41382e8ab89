import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey } from '../../i18n/index.ts';
import { type FormErrors, useView } from '../context.ts';

/** What a form shows again after a refused submission: the values typed and the errors by field. */
export interface FormState {
  values?: Readonly<Record<string, string | undefined>>;
  errors?: FormErrors;
}

const FormCtx = createContext<FormState>({});

/**
 * A field's value and error from the surrounding `<Form values errors>`: fields take them from
 * there, so a page passes the form's state once instead of to each field.
 */
export function useField(name: string, own: { value?: string } = {}) {
  const state = useContext(FormCtx);
  return { value: own.value ?? state.values?.[name], error: state.errors?.[name] };
}

export function CsrfField() {
  return <input type="hidden" name="_csrf" value={useView().csrfToken} />;
}

/**
 * A POST form with its CSRF token; `novalidate` so the server's German messages are the ones users
 * see. Its `values` and `errors` reach every field inside (useField).
 */
export function Form(
  props: FormState & {
    action: string;
    children: ComponentChildren;
    class?: string;
    /** For an error of the whole form (a hidden field): the summary links here. */
    id?: string;
    /** A form with a file field (the route is registered in an `uploadScope`). */
    multipart?: boolean;
  },
) {
  const form = (
    <form
      method="post"
      action={props.action}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      class={props.class ?? 'kern-stack'}
      novalidate
      id={props.id}
      tabindex={props.id ? -1 : undefined}
    >
      <CsrfField />
      {props.children}
    </form>
  );
  return <FormCtx.Provider value={{ values: props.values, errors: props.errors }}>{form}</FormCtx.Provider>;
}

/** The form state for fields outside a `<Form>` (a GET filter form, a form split over components). */
export const FormFields = (props: FormState & { children: ComponentChildren }) => (
  <FormCtx.Provider value={{ values: props.values, errors: props.errors }}>{props.children}</FormCtx.Provider>
);

/** The id of a field: the error summary links to it. */
export const fieldId = (name: string) => `feld-${name}`;

export const describedBy = (id: string, hint?: MessageKey, error?: MessageKey) =>
  [hint ? `${id}-hinweis` : '', error ? `${id}-fehler` : ''].filter(Boolean).join(' ') || undefined;

/** A field's error, next to the field (the summary repeats it). */
export function FieldError(props: { id: string; error?: MessageKey }) {
  const { t } = useView();
  if (!props.error) return null;
  return (
    <p class="kern-error" id={`${props.id}-fehler`}>
      <span class="kern-icon kern-icon--danger" aria-hidden="true" />
      <span>{t(props.error)}</span>
    </p>
  );
}

/**
 * Lists every error of the form, each linking to its field and naming it by the field's label
 * ("Art der Organisation: Bitte wählen Sie …"), so that the same message for several fields can
 * be told apart; app.js moves the focus here. The labels come from the rendered fields
 * (ui/render.tsx); `labels` names fields that have none on the page.
 */
export function ErrorSummary(props: {
  errors: FormErrors;
  order?: string[];
  labels?: Record<string, MessageKey>;
}) {
  const { t, fieldLabels } = useView();
  const names = props.order?.filter((n) => props.errors[n]) ?? Object.keys(props.errors);
  const extra = Object.keys(props.errors).filter((n) => !names.includes(n));
  const all = [...names, ...extra].filter((n) => props.errors[n]);
  if (all.length === 0) return null;
  const entry = (name: string) => {
    const message = t(props.errors[name] as MessageKey);
    const given = props.labels?.[name];
    const label = given ? t(given) : fieldLabels?.known.get(fieldId(name));
    if (!label) {
      fieldLabels?.wanted.add(fieldId(name));
      return message;
    }
    // A question ("Wie oft …?") is followed by the message as it is; a label gets a colon.
    return /[?!.:]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
  };
  return (
    <div class="kern-alert kern-alert--danger error-summary" role="alert" tabindex={-1} data-error-summary>
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title">{t('form.errorSummary', { count: all.length })}</h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {all.map((name) => (
            <li key={name}>
              <a class="kern-link" href={`#${fieldId(name)}`}>
                {entry(name)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Label, hint and error around one input, textarea or select: the shell every field shares. */
export function InputFrame(props: {
  id: string;
  label: ComponentChildren;
  optional?: boolean;
  hint?: MessageKey;
  error?: MessageKey;
  children: ComponentChildren;
}) {
  const { t } = useView();
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>
        {props.label}
        {props.optional ? <span class="kern-label__optional"> {t('form.optional')}</span> : null}
      </label>
      {props.hint ? (
        <div class="kern-hint" id={`${props.id}-hinweis`}>
          {t(props.hint)}
        </div>
      ) : null}
      <FieldError id={props.id} error={props.error} />
      {props.children}
    </div>
  );
}

export function TextField(props: {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'date' | 'time' | 'search';
  /** Only where the value is not the form's (e.g. a fixed default); otherwise it comes from `<Form values>`. */
  value?: string;
  autocomplete?: string;
  required?: boolean;
  inputmode?: 'numeric' | 'text' | 'email';
  maxLength?: number;
}) {
  const { t } = useView();
  const id = fieldId(props.name);
  const { value, error } = useField(props.name, props);
  return (
    <InputFrame
      id={id}
      label={t(props.label)}
      optional={props.required === false}
      hint={props.hint}
      error={error}
    >
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        value={props.type === 'password' ? undefined : value}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxLength={props.maxLength}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
        required={props.required !== false}
      />
    </InputFrame>
  );
}

export function TextArea(props: {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  value?: string;
  rows?: number;
  /** Where one page has the same form more than once (one per participation): its own id. */
  id?: string;
}) {
  const { t } = useView();
  const id = props.id ?? fieldId(props.name);
  const { value, error } = useField(props.name, props);
  return (
    <InputFrame id={id} label={t(props.label)} hint={props.hint} error={error}>
      <textarea
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 8}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {value}
      </textarea>
    </InputFrame>
  );
}

/** A file field (inside `<Form multipart>`); browsers never refill it, so an error asks to choose again. */
export function FileField(props: { name: string; label: MessageKey; hint?: MessageKey; accept?: string }) {
  const { t } = useView();
  const id = fieldId(props.name);
  const { error } = useField(props.name);
  return (
    <InputFrame id={id} label={t(props.label)} hint={props.hint} error={error}>
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        type="file"
        accept={props.accept}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </InputFrame>
  );
}

/** A form's button; `name` and `value` tell which of several buttons was pressed. */
export function SubmitButton(props: {
  label: MessageKey;
  kind?: 'primary' | 'secondary';
  name?: string;
  value?: string;
}) {
  const { t } = useView();
  return (
    <button
      type="submit"
      class={`kern-btn kern-btn--${props.kind ?? 'primary'}`}
      name={props.name}
      value={props.value}
    >
      <span class="kern-label">{t(props.label)}</span>
    </button>
  );
}
