import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../i18n/index.ts';
import { ErrorSummary, Form } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { STEPS, type Step } from '../schema.ts';
import { formValues } from './fields.tsx';

const stepTitles: Record<Step, MessageKey> = {
  programm: 'registration.step.programm',
  kontakt: 'registration.step.kontakt',
  organisation: 'registration.step.organisation',
  themen: 'registration.step.themen',
  zusammenarbeit: 'registration.step.zusammenarbeit',
  abschluss: 'registration.step.abschluss',
};

/** One step of the registration: where you are, the errors, the step's fields, back and next. */
export function StepLayout(props: {
  step: Step;
  /** The step's answers so far (or as typed before an error). */
  values?: Record<string, unknown>;
  errors?: FormErrors;
  children: ComponentChildren;
  order?: string[];
}) {
  const { t } = useView();
  const index = STEPS.indexOf(props.step);
  return (
    <Page title={stepTitles[props.step]} errors={props.errors}>
      <nav aria-label={t('registration.progress')}>
        <p class="kern-body kern-body--bold">
          {t('registration.stepOf', { current: index + 1, total: STEPS.length })}
        </p>
        <ol class="step-indicator">
          {STEPS.map((s, i) => (
            <li
              key={s}
              aria-current={s === props.step ? 'step' : undefined}
              class={i < index ? 'step-indicator__done' : undefined}
            >
              {i < index ? (
                <a class="kern-link" href={`/registrierung/${s}`}>
                  {t(stepTitles[s])}
                </a>
              ) : (
                t(stepTitles[s])
              )}
            </li>
          ))}
        </ol>
      </nav>
      <ErrorSummary errors={props.errors ?? {}} order={props.order} />
      <Form
        action={`/registrierung/${props.step}`}
        values={formValues(props.values ?? {})}
        errors={props.errors}
      >
        {props.children}
        <div class="kern-btn-wrapper">
          {/* "Weiter" comes first: pressing Enter in a field submits the first button. */}
          <button type="submit" name="aktion" value="weiter" class="kern-btn kern-btn--primary">
            <span class="kern-label">
              {t(props.step === 'abschluss' ? 'registration.submit' : 'registration.next')}
            </span>
          </button>
          {index > 0 ? (
            <button type="submit" name="aktion" value="zurueck" class="kern-btn kern-btn--secondary">
              <span class="kern-label">{t('registration.back')}</span>
            </button>
          ) : null}
        </div>
      </Form>
    </Page>
  );
}
