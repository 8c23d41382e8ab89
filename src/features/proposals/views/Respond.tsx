import { Form, SubmitButton, TextArea } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import type { DetailView } from './detail-view.ts';
import { answerKey, proposalPath } from './labels.ts';

/** Accept, or decline with a reason; or the answer already given. */
export function Respond(props: { view: DetailView }) {
  const { t } = useView();
  const v = props.view;
  const base = proposalPath(v.id);
  return (
    <section aria-labelledby="antwort" class="account-section">
      <h2 class="kern-heading-medium" id="antwort">
        {t('proposals.respond.title')}
      </h2>
      <p class="kern-body">{t('proposals.respond.yourAnswer', { answer: t(answerKey(v.ownAnswer)) })}</p>
      {v.canAnswer ? (
        <>
          <section aria-labelledby="annehmen">
            <h3 class="kern-heading-small" id="annehmen">
              {t('proposals.respond.accept.title')}
            </h3>
            <Form action={`${base}/annehmen`}>
              <p class="kern-body">{t('proposals.respond.accept.text')}</p>
              <SubmitButton label="proposals.respond.accept.submit" />
            </Form>
          </section>
          <section aria-labelledby="ablehnen">
            <h3 class="kern-heading-small" id="ablehnen">
              {t('proposals.respond.decline.title')}
            </h3>
            <Form action={`${base}/ablehnen`} values={v.values} errors={v.errors}>
              <TextArea
                name="grund"
                label="proposals.respond.decline.reason"
                hint="proposals.respond.decline.hint"
                rows={5}
              />
              <SubmitButton label="proposals.respond.decline.submit" kind="secondary" />
            </Form>
          </section>
        </>
      ) : null}
    </section>
  );
}
