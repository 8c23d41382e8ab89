import { Alert } from '../../../ui/components/Alert.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { Markdown } from '../../../ui/Markdown.tsx';
import { Byline, spaceName, TopicList } from '../../community/index.ts';
import { TIPS, tipAction } from '../paths.ts';
import { Attachments } from './Attachments.tsx';
import { contextLine, StateBadge } from './parts.tsx';
import { ReviewForm, StatePanel } from './TipState.tsx';
import type { TipView } from './types.ts';

/** A Praxistipp: its text, context, attachments and "hilfreich"; its state for those involved. */
export function TipPage(props: { view: TipView }) {
  const { t } = useView();
  const { found, details } = props.view;
  const { tip } = found;
  const context = contextLine(t, tip);
  const published = tip.state === 'published';
  return (
    <Page title="tips.page.title" titleVars={{ title: tip.title }} errors={props.view.errors}>
      <p class="kern-body">
        <a class="kern-link" href={TIPS}>
          {t('tips.back')}
        </a>
      </p>
      {props.view.errors?.aktion ? <Alert kind="danger" title={t(props.view.errors.aktion)} focus /> : null}
      {published ? null : (
        <p class="kern-body">
          <StateBadge state={tip.state} />
        </p>
      )}
      <StatePanel view={props.view} />
      <Byline name={details.authorName} at={tip.publishedAt ?? tip.createdAt} />
      <p class="kern-body kern-body--small">
        {[spaceName(t, found.space), context || null].filter(Boolean).join(' · ')}
      </p>
      <TopicList labels={details.topics.map((tp) => tp.label)} />
      <p class="kern-body kern-body--large">{tip.summary}</p>
      <Markdown text={tip.body} />
      {details.sourceThreadId ? (
        <p class="kern-body kern-body--small">
          <a class="kern-link" href={`/austausch/fragen/${details.sourceThreadId}`}>
            {t('tips.page.source')}
          </a>
        </p>
      ) : null}
      <Attachments view={props.view} />
      {published ? <Helpful view={props.view} /> : null}
      {props.view.edits ? (
        <p class="kern-body">
          <a class="kern-link" href={tipAction(tip.id, 'bearbeiten')}>
            {t('tips.page.edit')}
          </a>
        </p>
      ) : null}
      <ReviewForm view={props.view} />
    </Page>
  );
}

/** "Hilfreich": the count, and a button to mark or unmark it. */
function Helpful(props: { view: TipView }) {
  const { t, csrfToken } = useView();
  const { details, found } = props.view;
  return (
    <section aria-labelledby="hilfreich-titel" class="kern-stack">
      <h2 class="kern-heading-medium" id="hilfreich-titel">
        {t('tips.helpful.title')}
      </h2>
      <p class="kern-body">{t('tips.helpful.people', { count: details.helpful })}</p>
      <form method="post" action={tipAction(found.tip.id, 'hilfreich')}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="hilfreich" value={details.markedHelpful ? 'nein' : 'ja'} />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">
            {t(details.markedHelpful ? 'tips.helpful.undo' : 'tips.helpful.mark')}
          </span>
        </button>
      </form>
    </section>
  );
}
