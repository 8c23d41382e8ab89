import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../platform/time.ts';
import { useView } from '../../../ui/context.ts';
import { awayKey } from '../../matching/index.ts';
import { COORDINATION_TANDEMS_PATH } from '../../tandems/index.ts';
import type { IntakeDetail, RoleDetail } from '../queries/detail.ts';
import type { DetailView } from './detail-view.ts';
import { Item } from './fields.tsx';
import { roleKey, statusKey } from './labels.ts';
import { History } from './Notes.tsx';

export function Section(props: {
  id: string;
  title: MessageKey;
  titleVars?: Record<string, string>;
  children: ComponentChildren;
}) {
  const { t } = useView();
  return (
    <section aria-labelledby={props.id} class="account-section">
      <h2 class="kern-heading-medium" id={props.id}>
        {t(props.title, props.titleVars)}
      </h2>
      {props.children}
    </section>
  );
}

function TopicList(props: { ids: readonly string[]; detail: IntakeDetail }) {
  const { t } = useView();
  const byId = new Map(props.detail.topics.map((x) => [x.id, x]));
  return (
    <ul class="kern-list kern-list--bullet">
      {props.ids.map((id) => {
        const topic = byId.get(id);
        return (
          <li key={id}>
            {topic ? topic.label : t('intake.detail.unknownTopic')}
            {topic?.archivedAt ? ` ${t('intake.detail.archivedTopic')}` : ''}
          </li>
        );
      })}
    </ul>
  );
}

/** What the person answered for one role: funding, topics, goals, and a mentor's capacity and strengths. */
export function RoleAnswers(props: { role: RoleDetail; detail: IntakeDetail }) {
  const p = props.role.participation;
  const mentor = p.role === 'mentor';
  return (
    <>
      <Item label="intake.detail.funding">{p.funding}</Item>
      <Item label="intake.detail.topicsNeeded">
        {p.topicsNeeded.length > 0 ? <TopicList ids={p.topicsNeeded} detail={props.detail} /> : null}
      </Item>
      <Item label="intake.detail.topicsOffered">
        {p.topicsOffered.length > 0 ? <TopicList ids={p.topicsOffered} detail={props.detail} /> : null}
      </Item>
      <Item label="intake.detail.topicsFreeText">
        {p.topicsFreeText ? <span class="preserve-lines">{p.topicsFreeText}</span> : null}
      </Item>
      <Item label="intake.detail.goals">
        {p.goals ? <span class="preserve-lines">{p.goals}</span> : null}
      </Item>
      {mentor ? <Item label="intake.detail.capacity">{p.capacity ? String(p.capacity) : null}</Item> : null}
      {mentor ? (
        <Item label="intake.detail.strengths">
          {p.strengths ? <span class="preserve-lines">{p.strengths}</span> : null}
        </Item>
      ) : null}
    </>
  );
}

/** One role's status, the date of the call and the role's history; titled by role when there are several. */
export function StatusSection(props: { role: RoleDetail; several: boolean }) {
  const { t, locale } = useView();
  const p = props.role.participation;
  const roleName = t(roleKey(p.role));
  return (
    <Section
      id={props.several ? `verlauf-${p.role}` : 'verlauf'}
      title={props.several ? 'intake.detail.statusRole' : 'intake.detail.status'}
      titleVars={{ role: roleName }}
    >
      <dl class="kern-description-list">
        <Item label="intake.filter.status">{t(statusKey(p.status))}</Item>
        <Item label="intake.detail.intakeAt">{p.intakeAt ? formatDateTime(p.intakeAt, locale) : null}</Item>
        {p.status === 'not_eligible' ? (
          <Item label="intake.detail.declineText">
            {p.statusReason ? <span class="preserve-lines">{p.statusReason}</span> : null}
          </Item>
        ) : null}
      </dl>
      <History role={props.role} caption={props.several ? roleName : undefined} />
    </Section>
  );
}

/** For an accepted mentee: the way to suggestions, or where the proposal or tandem is. */
export function MatchingSection(props: { view: DetailView; role: RoleDetail }) {
  const { t } = useView();
  const p = props.role.participation;
  const v = props.view;
  if (p.role !== 'mentee' || p.status !== 'accepted') return null;
  const matchingPath = `/koordination/matching/${v.detail.programme.slug}`;
  return (
    <section aria-labelledby="matching" class="account-section">
      <h2 class="kern-heading-medium" id="matching">
        {t('intake.matching.title')}
      </h2>
      {v.matching === 'free' ? (
        <p class="kern-body">
          <a class="kern-link" href={`${matchingPath}/mentees/${p.id}`}>
            {t('intake.matching.suggestions')}
          </a>
        </p>
      ) : (
        <p class="kern-body">
          {t(awayKey(v.matching), { name: v.detail.person.name })}{' '}
          <a class="kern-link" href={v.matching === 'proposal' ? matchingPath : COORDINATION_TANDEMS_PATH}>
            {t(v.matching === 'proposal' ? 'matching.away.proposalNext' : 'matching.away.tandemNext')}
          </a>
        </p>
      )}
    </section>
  );
}
