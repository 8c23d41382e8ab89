import { MEETING_FORMATS, RHYTHMS } from '../../../../db/schema/tandems.ts';
import { Alert } from '../../../../ui/components/Alert.tsx';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, fieldId, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { AgreementVersion } from '../queries.ts';
import { AGREEMENT_FIELDS } from '../schema.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { Summary } from './Summary.tsx';

export interface AgreementFormView {
  tandemId: string;
  partnerName: string;
  /** The newest version the form builds on (0: none yet). */
  basis: number;
  values: Record<string, string>;
  formats: string[];
  errors?: FormErrors;
  /**
   * Why the page answers 409: the user's save was refused because the partner saved meanwhile
   * ('stale'), or the version the user confirmed is no longer the newest ('outdated').
   */
  notice?: { kind: 'stale' | 'outdated'; current: AgreementVersion | null };
  /** The newest version still awaits this side's confirmation (offered with the 'outdated' notice). */
  confirmable?: boolean;
  /** False once the tandem has ended: the newest version is shown, without a form. */
  writable: boolean;
  /** The newest version, shown read-only when the tandem has ended. */
  newest?: AgreementVersion | null;
}

function Notice(props: { view: AgreementFormView }) {
  const { t } = useView();
  const v = props.view;
  const notice = v.notice;
  if (!notice) return null;
  return (
    <Alert
      kind="warning"
      live
      focus
      title={t(
        notice.kind === 'stale' ? 'tandems.agreement.conflict.title' : 'tandems.agreement.outdated.title',
      )}
    >
      <p class="kern-body">
        {t(notice.kind === 'stale' ? 'tandems.agreement.conflict.text' : 'tandems.agreement.error.outdated')}
      </p>
      {notice.current ? (
        <>
          <h2 class="kern-heading-small">
            {t('tandems.agreement.conflict.current', { version: notice.current.version })}
          </h2>
          <Summary content={notice.current.content} />
          {notice.kind === 'outdated' && v.confirmable ? (
            <ConfirmButton tandemId={v.tandemId} version={notice.current.version} />
          ) : null}
        </>
      ) : null}
    </Alert>
  );
}

function ReadOnly(props: { view: AgreementFormView }) {
  const { t } = useView();
  const v = props.view;
  return (
    <>
      <Alert kind="info" title={t('tandems.agreement.ended.title')}>
        <p class="kern-body">{t('tandems.agreement.ended.text')}</p>
      </Alert>
      {v.newest ? (
        <>
          <h2 class="kern-heading-medium">
            {t('tandems.agreement.history.version', { version: v.newest.version })}
          </h2>
          <Summary content={v.newest.content} />
        </>
      ) : (
        <p class="kern-body">{t('tandems.agreement.history.none')}</p>
      )}
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId, 'vereinbarung/verlauf')}>
          {t('tandems.agreement.section.history')}
        </a>
      </p>
    </>
  );
}

const TEXT_FIELDS = [
  ['erwartungen', 'tandems.agreement.field.expectations', 'tandems.agreement.hint.expectations'],
  ['bedarfe', 'tandems.agreement.field.needs', 'tandems.agreement.hint.needs'],
  ['wuensche', 'tandems.agreement.field.wishes', undefined],
  ['kapazitaeten', 'tandems.agreement.field.capacities', 'tandems.agreement.hint.capacities'],
  ['ziele', 'tandems.agreement.field.goals', 'tandems.agreement.hint.goals'],
] as const;

/** The kick-off record: the guide's questions for the kick-off, saved as a new version of the agreement. */
export function AgreementPage(props: { view: AgreementFormView }) {
  const { t } = useView();
  const v = props.view;
  return (
    <Page
      title="tandems.agreement.edit.title"
      lead={v.writable ? 'tandems.agreement.edit.lead' : undefined}
      errors={v.errors}
    >
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId)}>
          {t('tandems.agreement.back', { name: v.partnerName })}
        </a>
      </p>
      <Notice view={v} />
      {v.writable ? null : <ReadOnly view={v} />}
      {v.writable ? (
        <>
          <ErrorSummary errors={v.errors ?? {}} order={[...AGREEMENT_FIELDS]} />
          <Form
            action={tandemPath(v.tandemId, 'vereinbarung')}
            id={fieldId('basis')}
            values={v.values}
            errors={v.errors}
          >
            <input type="hidden" name="basis" value={String(v.basis)} />
            {TEXT_FIELDS.map(([name, label, hint]) => (
              <TextArea key={name} name={name} label={label} hint={hint} rows={4} />
            ))}
            <ChoiceGroup
              name="formate"
              legend="tandems.agreement.field.formats"
              options={MEETING_FORMATS.map((f) => ({
                value: f,
                label: `tandems.meetings.format.${f}` as const,
              }))}
              selected={v.formats}
              multiple
            />
            <ChoiceGroup
              name="rhythmus"
              legend="tandems.agreement.field.rhythm"
              options={RHYTHMS.map((r) => ({ value: r, label: `tandems.agreement.rhythm.${r}` as const }))}
            />
            <TextArea
              name="erreichbarkeit"
              label="tandems.agreement.field.reachability"
              hint="tandems.agreement.hint.reachability"
              rows={3}
            />
            <SubmitButton label="tandems.agreement.edit.submit" />
          </Form>
          <p class="kern-body">
            <a class="kern-link" href={tandemPath(v.tandemId, 'vereinbarung/verlauf')}>
              {t('tandems.agreement.section.history')}
            </a>
          </p>
        </>
      ) : null}
    </Page>
  );
}
