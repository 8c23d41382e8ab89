import { Alert } from '../../../ui/components/Alert.tsx';
import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { CsrfField, ErrorSummary, Form, SubmitButton, TextArea } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import { tipAction } from '../paths.ts';
import type { TipView } from './types.ts';

/** A small form of one button (submit, withdraw). */
function ButtonForm(props: {
  action: string;
  label: Parameters<typeof SubmitButton>[0]['label'];
  secondary?: boolean;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField />
      <SubmitButton label={props.label} kind={props.secondary ? 'secondary' : 'primary'} />
    </form>
  );
}

/** What the state means for the person looking, and what they can do next. */
export function StatePanel(props: { view: TipView }) {
  const { t } = useView();
  const { found, details } = props.view;
  const { tip } = found;
  if (tip.state === 'published') return null;
  const submit = tipAction(tip.id, 'einreichen');
  const withdraw = tipAction(tip.id, 'zurueckziehen');
  const note = tip.reviewNote ? (
    <p class="kern-body">
      <strong>{t('tips.state.note')}</strong> {tip.reviewNote}
    </p>
  ) : null;
  if (!found.isAuthor) {
    const key =
      tip.state === 'proposed'
        ? 'tips.state.proposedOther'
        : tip.state === 'submitted'
          ? 'tips.state.submittedReviewer'
          : `tips.state.${tip.state}Other`;
    return (
      <Alert kind="info" title={t(key as 'tips.state.proposedOther', { name: details.authorName ?? '' })}>
        {note}
      </Alert>
    );
  }
  switch (tip.state) {
    case 'proposed':
      return (
        <Alert kind="info" title={t('tips.state.proposedTitle')}>
          <p class="kern-body">{t('tips.state.proposedText', { name: details.proposerName ?? '' })}</p>
          <div class="button-row">
            <ButtonForm action={submit} label="tips.action.agree" />
            <ButtonForm action={withdraw} label="tips.action.decline" secondary />
          </div>
        </Alert>
      );
    case 'draft':
    case 'returned':
      return (
        <Alert kind={tip.state === 'returned' ? 'warning' : 'info'} title={t(`tips.state.${tip.state}Title`)}>
          {note}
          <p class="kern-body">{t('tips.state.draftText')}</p>
          <div class="button-row">
            <ButtonForm action={submit} label="tips.action.submit" />
            <ButtonForm action={withdraw} label="tips.action.delete" secondary />
          </div>
        </Alert>
      );
    case 'submitted':
      return <Alert kind="info" title={t('tips.state.submittedTitle')} />;
    case 'rejected':
      return (
        <Alert kind="danger" title={t('tips.state.rejectedTitle')}>
          {note}
          <ButtonForm action={withdraw} label="tips.action.delete" secondary />
        </Alert>
      );
  }
}

/** For the space's moderators, on a submitted tip: publish, send back or reject, with a note. */
export function ReviewForm(props: { view: TipView }) {
  const { t } = useView();
  const { found, values, errors } = props.view;
  if (!found.reviews || found.tip.state !== 'submitted') return null;
  return (
    <section aria-labelledby="pruefung-titel" class="kern-stack">
      <h2 class="kern-heading-medium" id="pruefung-titel">
        {t('tips.review.formTitle')}
      </h2>
      <Form action={tipAction(found.tip.id, 'pruefung')} values={values} errors={errors}>
        <ErrorSummary errors={errors ?? {}} />
        <ChoiceGroup
          name="entscheidung"
          legend="tips.review.decision"
          options={[
            { value: 'veroeffentlichen', label: 'tips.review.publish' },
            { value: 'zurueckgeben', label: 'tips.review.return' },
            { value: 'ablehnen', label: 'tips.review.reject' },
          ]}
        />
        <TextArea name="notiz" label="tips.review.note" hint="tips.review.noteHint" rows={4} />
        <SubmitButton label="tips.review.save" />
      </Form>
    </section>
  );
}
