import { GOALS_REACHED, MEMBER_SUPPORT_REASONS, YES_MAYBE_NO } from '../../../../db/schema/tandem-help.ts';
import { Alert } from '../../../../ui/components/Alert.tsx';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { tandemPath } from '../../paths.ts';
import type { SupportCase } from '../queries.ts';

interface Base {
  tandemId: string;
  partnerName: string;
  values: Record<string, string>;
  errors?: FormErrors;
}

function Back(props: { tandemId: string; partnerName: string }) {
  const { t } = useView();
  return (
    <p class="kern-body">
      <a class="kern-link" href={tandemPath(props.tandemId)}>
        {t('tandems.help.back', { name: props.partnerName })}
      </a>
    </p>
  );
}

/** "Unterstützung anfragen": for the coordinators' eyes and the requester's only. */
export function SupportPage(props: {
  view: Base & { own: SupportCase[]; ended: boolean; contactEmail: string };
}) {
  const { t, locale } = useView();
  const v = props.view;
  return (
    <Page
      title="tandems.help.support.title"
      lead={v.ended ? undefined : 'tandems.help.support.lead'}
      errors={v.errors}
    >
      <Back tandemId={v.tandemId} partnerName={v.partnerName} />
      {v.ended ? (
        <Alert kind="info" title={t('tandems.help.support.endedTitle')}>
          <p class="kern-body">{t('tandems.help.support.endedText', { email: v.contactEmail })}</p>
        </Alert>
      ) : (
        <SupportForm view={v} />
      )}
      <section aria-labelledby="eigene-anfragen" class="account-section">
        <h2 class="kern-heading-medium" id="eigene-anfragen">
          {t('tandems.help.support.own')}
        </h2>
        {v.own.length === 0 ? (
          <p class="kern-body">{t('tandems.help.support.ownNone')}</p>
        ) : (
          <ul class="kern-list">
            {v.own.map((c) => (
              <li key={c.id}>
                {t('tandems.help.support.ownLine', {
                  at: formatAt(c.createdAt, locale, 'date'),
                  reason: t(`tandems.help.reason.${c.reason}`),
                  status: t(`tandems.help.status.${c.status}`),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

function SupportForm(props: { view: Base }) {
  const v = props.view;
  return (
    <>
      <ErrorSummary errors={v.errors ?? {}} order={['grund', 'nachricht']} />
      <Form action={tandemPath(v.tandemId, 'unterstuetzung')}>
        <ChoiceGroup
          name="grund"
          legend="tandems.help.support.reason"
          options={MEMBER_SUPPORT_REASONS.map((r) => ({
            value: r,
            label: `tandems.help.reason.${r}` as const,
          }))}
          selected={v.values.grund ? [v.values.grund] : []}
          errors={v.errors}
        />
        <TextArea
          name="nachricht"
          label="tandems.help.support.message"
          hint="tandems.help.support.messageHint"
          value={v.values.nachricht}
          errors={v.errors}
          rows={5}
        />
        <SubmitButton label="tandems.help.support.submit" />
      </Form>
    </>
  );
}

/** Ending the tandem: as planned, or early with a reason. */
export function EndPage(props: { view: Base }) {
  const v = props.view;
  return (
    <Page title="tandems.help.end.title" lead="tandems.help.end.lead" errors={v.errors}>
      <Back tandemId={v.tandemId} partnerName={v.partnerName} />
      <ErrorSummary errors={v.errors ?? {}} order={['art', 'grund', 'bestaetigt']} />
      <Form action={tandemPath(v.tandemId, 'ende')}>
        <ChoiceGroup
          name="art"
          legend="tandems.help.end.kind"
          options={[
            { value: 'planned', label: 'tandems.help.end.planned' },
            { value: 'early', label: 'tandems.help.end.early' },
          ]}
          selected={v.values.art ? [v.values.art] : []}
          errors={v.errors}
        />
        <TextArea
          name="grund"
          label="tandems.help.end.reason"
          hint="tandems.help.end.reasonHint"
          value={v.values.grund}
          errors={v.errors}
          rows={3}
        />
        <ChoiceGroup
          name="bestaetigt"
          legend="tandems.help.end.confirmLegend"
          options={[{ value: 'ja', label: 'tandems.help.end.confirm' }]}
          selected={v.values.bestaetigt ? [v.values.bestaetigt] : []}
          multiple
          errors={v.errors}
        />
        <SubmitButton label="tandems.help.end.submit" />
      </Form>
    </Page>
  );
}

/** The short feedback form after the end. */
export function FeedbackPage(props: { view: Base & { state: 'open' | 'notEnded' | 'given' } }) {
  const { t } = useView();
  const v = props.view;
  return (
    <Page title="tandems.help.feedback.title" lead="tandems.help.feedback.lead" errors={v.errors}>
      <Back tandemId={v.tandemId} partnerName={v.partnerName} />
      {v.state === 'notEnded' ? <p class="kern-body">{t('tandems.help.feedback.notEnded')}</p> : null}
      {v.state === 'given' ? <p class="kern-body">{t('tandems.help.feedback.given')}</p> : null}
      {v.state === 'open' ? (
        <>
          <ErrorSummary
            errors={v.errors ?? {}}
            order={['zufriedenheit', 'ziele', 'empfehlen', 'mentorin', 'kommentar']}
          />
          <Form action={tandemPath(v.tandemId, 'rueckmeldung')}>
            <ChoiceGroup
              name="zufriedenheit"
              legend="tandems.help.feedback.satisfaction"
              hint="tandems.help.feedback.satisfactionHint"
              options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: { text: n } }))}
              selected={v.values.zufriedenheit ? [v.values.zufriedenheit] : []}
              errors={v.errors}
            />
            <ChoiceGroup
              name="ziele"
              legend="tandems.help.feedback.goals"
              options={GOALS_REACHED.map((g) => ({ value: g, label: `tandems.help.goals.${g}` as const }))}
              selected={v.values.ziele ? [v.values.ziele] : []}
              errors={v.errors}
            />
            <ChoiceGroup
              name="empfehlen"
              legend="tandems.help.feedback.recommend"
              options={[
                { value: 'yes', label: 'tandems.help.answer.yes' },
                { value: 'no', label: 'tandems.help.answer.no' },
              ]}
              selected={v.values.empfehlen ? [v.values.empfehlen] : []}
              errors={v.errors}
            />
            <ChoiceGroup
              name="mentorin"
              legend="tandems.help.feedback.mentor"
              options={YES_MAYBE_NO.map((a) => ({ value: a, label: `tandems.help.answer.${a}` as const }))}
              selected={v.values.mentorin ? [v.values.mentorin] : []}
              errors={v.errors}
            />
            <TextArea
              name="kommentar"
              label="tandems.help.feedback.comment"
              hint="tandems.help.feedback.commentHint"
              value={v.values.kommentar}
              errors={v.errors}
              rows={4}
            />
            <SubmitButton label="tandems.help.feedback.submit" />
          </Form>
        </>
      ) : null}
    </Page>
  );
}
