import { GOALS_REACHED, YES_MAYBE_NO } from '../../../../db/schema/tandem-help.ts';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { Back, type MemberPageBase } from '../../support/views/Back.tsx';

export type FeedbackState = 'open' | 'notEnded' | 'given';

/** The short feedback form after the end. */
export function FeedbackPage(props: { view: MemberPageBase & { state: FeedbackState } }) {
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
          <Form action={tandemPath(v.tandemId, 'rueckmeldung')} values={v.values} errors={v.errors}>
            <ChoiceGroup
              name="zufriedenheit"
              legend="tandems.help.feedback.satisfaction"
              hint="tandems.help.feedback.satisfactionHint"
              options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: { text: n } }))}
            />
            <ChoiceGroup
              name="ziele"
              legend="tandems.help.feedback.goals"
              options={GOALS_REACHED.map((g) => ({ value: g, label: `tandems.help.goals.${g}` as const }))}
            />
            <ChoiceGroup
              name="empfehlen"
              legend="tandems.help.feedback.recommend"
              options={[
                { value: 'yes', label: 'tandems.help.answer.yes' },
                { value: 'no', label: 'tandems.help.answer.no' },
              ]}
            />
            <ChoiceGroup
              name="mentorin"
              legend="tandems.help.feedback.mentor"
              options={YES_MAYBE_NO.map((a) => ({ value: a, label: `tandems.help.answer.${a}` as const }))}
            />
            <TextArea
              name="kommentar"
              label="tandems.help.feedback.comment"
              hint="tandems.help.feedback.commentHint"
              rows={4}
            />
            <SubmitButton label="tandems.help.feedback.submit" />
          </Form>
        </>
      ) : null}
    </Page>
  );
}
