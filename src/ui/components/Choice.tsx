import type { MessageKey } from '../../i18n/index.ts';
import { useView } from '../context.ts';
import { describedBy, FieldError, fieldId, InputFrame, useField } from './Form.tsx';

export interface Option {
  value: string;
  /** A catalogue key, or (for data such as topic names) the label itself. */
  label: MessageKey | { text: string };
}

function useLabel() {
  const { t } = useView();
  return (label: Option['label']) => (typeof label === 'string' ? t(label) : label.text);
}

/** Radio buttons or checkboxes in a fieldset whose legend names the question; the error summary links to the first option. */
export function ChoiceGroup(props: {
  name: string;
  legend: MessageKey;
  hint?: MessageKey;
  options: Option[];
  /** The ticked options; without it, the form's value for a radio group. */
  selected?: string[];
  multiple?: boolean;
  optional?: boolean;
}) {
  const { t } = useView();
  const label = useLabel();
  const id = fieldId(props.name);
  const { value, error } = useField(props.name);
  const selected = props.selected ?? (value ? [value] : []);
  const kind = props.multiple ? 'checkbox' : 'radio';
  return (
    <fieldset
      class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={describedBy(id, props.hint, error)}
    >
      <legend class="kern-label">
        {t(props.legend)}
        {props.optional ? <span class="kern-label__optional"> {t('form.optional')}</span> : null}
      </legend>
      {props.hint ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {t(props.hint)}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      <div class="kern-fieldset__body">
        {props.options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          return (
            <div class={`kern-form-check${error ? ' kern-form-check--error' : ''}`} key={o.value}>
              <input
                class={`kern-form-check__${kind}`}
                type={kind}
                id={optionId}
                name={props.name}
                value={o.value}
                checked={selected.includes(o.value)}
                aria-invalid={error ? 'true' : undefined}
              />
              <label class="kern-label" for={optionId}>
                {label(o.label)}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function SelectField(props: {
  name: string;
  /** A catalogue key, or a text already translated (e.g. with a mark appended). */
  label: Option['label'];
  hint?: MessageKey;
  options: Option[];
  value?: string;
  placeholder?: MessageKey;
  optional?: boolean;
}) {
  const { t } = useView();
  const label = useLabel();
  const id = fieldId(props.name);
  const { value, error } = useField(props.name, props);
  return (
    <InputFrame id={id} label={label(props.label)} optional={props.optional} hint={props.hint} error={error}>
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={props.name}
          aria-describedby={describedBy(id, props.hint, error)}
          aria-invalid={error ? 'true' : undefined}
        >
          <option value="">{t(props.placeholder ?? 'form.choose')}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === value}>
              {label(o.label)}
            </option>
          ))}
        </select>
      </div>
    </InputFrame>
  );
}
