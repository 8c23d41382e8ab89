import type { Space } from '../../../../access/index.ts';
import { SelectField } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { threadPath } from '../../paths.ts';
import { spaceName } from '../../views/parts.tsx';

/** Moving a thread into another space the moderator moderates. */
export function MovePage(props: {
  threadId: string;
  title: string;
  action: string;
  targets: Space[];
  values?: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  return (
    <Page title="moderation.move.title" lead="moderation.move.lead" errors={props.errors}>
      <p class="kern-body">
        <a class="kern-link" href={threadPath(props.threadId)}>
          {t('community.backToThread')}
        </a>
      </p>
      <p class="kern-body">
        <strong>{props.title}</strong>
      </p>
      {props.targets.length === 0 ? (
        <p class="kern-body">{t('moderation.move.none')}</p>
      ) : (
        <>
          <ErrorSummary errors={props.errors ?? {}} order={['bereich']} />
          <Form action={props.action} values={props.values} errors={props.errors}>
            <SelectField
              name="bereich"
              label="moderation.move.target"
              options={props.targets.map((s) => ({ value: s.slug, label: { text: spaceName(t, s) } }))}
            />
            <SubmitButton label="moderation.move.submit" />
          </Form>
        </>
      )}
    </Page>
  );
}
