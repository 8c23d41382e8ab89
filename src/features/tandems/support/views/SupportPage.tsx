import { MEMBER_SUPPORT_REASONS } from '../../../../db/schema/tandem-help.ts';
import { Alert } from '../../../../ui/components/Alert.tsx';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { tandemPath } from '../../paths.ts';
import type { SupportCase } from '../queries.ts';
import { Back, type MemberPageBase } from './Back.tsx';

/** "Unterstützung anfragen": for the coordinators' eyes and the requester's only. */
export function SupportPage(props: {
  view: MemberPageBase & { own: SupportCase[]; ended: boolean; contactEmail: string };
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

function SupportForm(props: { view: MemberPageBase }) {
  const v = props.view;
  return (
    <>
      <ErrorSummary errors={v.errors ?? {}} order={['grund', 'nachricht']} />
      <Form action={tandemPath(v.tandemId, 'unterstuetzung')} values={v.values} errors={v.errors}>
        <ChoiceGroup
          name="grund"
          legend="tandems.help.support.reason"
          options={MEMBER_SUPPORT_REASONS.map((r) => ({
            value: r,
            label: `tandems.help.reason.${r}` as const,
          }))}
        />
        <TextArea
          name="nachricht"
          label="tandems.help.support.message"
          hint="tandems.help.support.messageHint"
          rows={5}
        />
        <SubmitButton label="tandems.help.support.submit" />
      </Form>
    </>
  );
}
