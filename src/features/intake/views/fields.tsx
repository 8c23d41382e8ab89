import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../i18n/index.ts';
import { type FormErrors, useView } from '../../../ui/context.ts';

const fieldId = (name: string) => `feld-${name}`;

function FieldError(props: { id: string; error?: MessageKey }) {
  const { t } = useView();
  if (!props.error) return null;
  return (
    <p class="kern-error" id={`${props.id}-fehler`}>
      <span class="kern-icon kern-icon--danger" aria-hidden="true" />
      <span>{t(props.error)}</span>
    </p>
  );
}

const describedBy = (id: string, hint?: MessageKey, error?: MessageKey) =>
  [hint ? `${id}-hinweis` : '', error ? `${id}-fehler` : ''].filter(Boolean).join(' ') || undefined;

/** A text-like input (date, time, search) with label, hint and its error next to it. */
export function InputField(props: {
  name: string;
  label: MessageKey;
  type: 'date' | 'time' | 'search' | 'text';
  hint?: MessageKey;
  value?: string;
  errors?: FormErrors;
  optional?: boolean;
}) {
  const { t } = useView();
  const id = fieldId(props.name);
  const error = props.errors?.[props.name];
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {t(props.label)}
        {props.optional ? <span class="kern-label__optional"> {t('form.optional')}</span> : null}
      </label>
      {props.hint ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {t(props.hint)}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        type={props.type as 'text'}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
        required={!props.optional}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A select whose first option means "all" (an empty value). */
export function SelectField(props: {
  name: string;
  label: MessageKey;
  options: Option[];
  value?: string;
  emptyLabel: MessageKey;
}) {
  const { t } = useView();
  const id = fieldId(props.name);
  return (
    <div class="kern-form-input">
      <label class="kern-label" for={id}>
        {t(props.label)}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={id} name={props.name}>
          <option value="">{t(props.emptyLabel)}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** A group of checkboxes in a fieldset; the first box carries the id the error summary links to. */
export function CheckboxGroup(props: {
  name: string;
  legend: MessageKey;
  hint?: MessageKey;
  options: Option[];
  checked: readonly string[];
  errors?: FormErrors;
}) {
  const { t } = useView();
  const id = fieldId(props.name);
  const error = props.errors?.[props.name];
  return (
    <fieldset
      class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={describedBy(id, props.hint, error)}
    >
      <legend class="kern-label">{t(props.legend)}</legend>
      {props.hint ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {t(props.hint)}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      <div class="kern-fieldset__body">
        {props.options.map((o, i) => (
          <div class="kern-form-check" key={o.value}>
            <input
              class={`kern-form-check__checkbox${error ? ' kern-form-check__checkbox--error' : ''}`}
              id={i === 0 ? id : `${id}-${i}`}
              type="checkbox"
              name={props.name}
              value={o.value}
              checked={props.checked.includes(o.value)}
            />
            <label class="kern-label" for={i === 0 ? id : `${id}-${i}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A label and a value in a description list; a dash when there is nothing to show. */
export function Item(props: { label: MessageKey; children?: ComponentChildren }) {
  const { t } = useView();
  const empty =
    props.children === undefined ||
    props.children === null ||
    props.children === '' ||
    (Array.isArray(props.children) && props.children.length === 0);
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(props.label)}</dt>
      <dd class="kern-description-list-item__value">{empty ? '–' : props.children}</dd>
    </div>
  );
}
