import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../i18n/index.ts';
import { Alert } from '../../../ui/components/Alert.tsx';
import { ErrorSummary } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import type { MenteeSituation } from '../../matching/situation.ts';
import { awayKey } from '../../matching/views/labels.ts';
import { COORDINATION_TANDEMS_PATH } from '../../tandems/paths.ts';
import type { IntakeDetail } from '../queries/detail.ts';
import { formatDateTime } from '../time.ts';
import { consentText } from './consent.ts';
import { Actions } from './DetailActions.tsx';
import { Item } from './fields.tsx';
import {
  bundeslandKey,
  formatKey,
  frequencyKey,
  LIST_PATH,
  languageLabel,
  organisationTypeKey,
  roleKey,
  sizeKey,
  statusKey,
} from './labels.ts';
import { History, Notes } from './Notes.tsx';

export interface DetailFlags {
  schedule: boolean;
  hold: boolean;
  accept: boolean;
  decline: boolean;
  strengths: boolean;
}

export interface DetailView {
  detail: IntakeDetail;
  can: DetailFlags;
  /** What the forms show: prefills, or what was typed before an error. */
  values: Record<string, string>;
  selectedTopics: readonly string[];
  /** The refusal of a change that the current status does not allow. */
  conflict?: { key: MessageKey; vars?: Record<string, string> };
  errors?: FormErrors;
  /** For an accepted mentee: in the pool, or a proposal or tandem already under way. */
  matching: MenteeSituation;
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

function Section(props: { id: string; title: MessageKey; children: ComponentChildren }) {
  const { t } = useView();
  return (
    <section aria-labelledby={props.id} class="account-section">
      <h2 class="kern-heading-medium" id={props.id}>
        {t(props.title)}
      </h2>
      {props.children}
    </section>
  );
}

/** One registration with all its answers, its history, the notes and the next steps. */
export function DetailPage(props: { view: DetailView }) {
  const { t, locale } = useView();
  const v = props.view;
  const { participation: p, person, profile, programme } = v.detail;
  const errors = v.errors ?? {};
  const mentor = p.role === 'mentor';
  const matchingPath = `/koordination/matching/${programme.slug}`;
  return (
    <Page title="intake.detail.title" titleVars={{ name: person.name }} errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={LIST_PATH}>
          {t('intake.detail.back')}
        </a>
      </p>
      <p class="kern-body kern-body--large">
        {t('intake.detail.summary', {
          role: t(roleKey(p.role)),
          programme: programme.name,
          status: t(statusKey(p.status)),
        })}
      </p>
      {v.conflict ? (
        <Alert kind="danger" title={t('intake.conflict.title')} live>
          <p class="kern-body">{t(v.conflict.key, v.conflict.vars)}</p>
        </Alert>
      ) : null}
      <ErrorSummary
        errors={errors}
        order={['datum', 'uhrzeit', 'status', 'themen', 'staerken', 'mailtext', 'notiz']}
      />

      <Section id="kontakt" title="intake.detail.contact">
        <dl class="kern-description-list">
          <Item label="form.name">{person.name}</Item>
          <Item label="form.email">
            <a class="kern-link" href={`mailto:${person.email}`}>
              {person.email}
            </a>
          </Item>
          <Item label="intake.detail.phone">{profile?.phone}</Item>
          <Item label="intake.detail.languages">
            {profile?.languages.map((l) => languageLabel(t, l)).join(', ')}
          </Item>
        </dl>
      </Section>

      <Section id="organisation" title="intake.detail.organisation">
        <dl class="kern-description-list">
          <Item label="intake.detail.organisationName">{profile?.organisationName}</Item>
          <Item label="intake.detail.organisationType">
            {profile ? t(organisationTypeKey(profile.organisationType)) : null}
          </Item>
          <Item label="intake.filter.bundesland">
            {profile ? t(bundeslandKey(profile.bundesland)) : null}
          </Item>
          <Item label="intake.detail.sizeClass">{profile ? t(sizeKey(profile.sizeClass)) : null}</Item>
          <Item label="intake.detail.position">{profile?.position}</Item>
          <Item label="intake.detail.inRoleSince">{profile ? String(profile.inRoleSince) : null}</Item>
        </dl>
      </Section>

      <Section id="angaben" title="intake.detail.answers">
        <dl class="kern-description-list">
          <Item label="intake.filter.programme">{programme.name}</Item>
          <Item label="intake.filter.role">{t(roleKey(p.role))}</Item>
          <Item label="intake.detail.funding">{p.funding}</Item>
          <Item label="intake.detail.topicsNeeded">
            {p.topicsNeeded.length > 0 ? <TopicList ids={p.topicsNeeded} detail={v.detail} /> : null}
          </Item>
          <Item label="intake.detail.topicsOffered">
            {p.topicsOffered.length > 0 ? <TopicList ids={p.topicsOffered} detail={v.detail} /> : null}
          </Item>
          <Item label="intake.detail.topicsFreeText">
            {p.topicsFreeText ? <span class="preserve-lines">{p.topicsFreeText}</span> : null}
          </Item>
          <Item label="intake.detail.goals">
            {p.goals ? <span class="preserve-lines">{p.goals}</span> : null}
          </Item>
          {mentor ? (
            <Item label="intake.detail.capacity">{p.capacity ? String(p.capacity) : null}</Item>
          ) : null}
          {mentor ? (
            <Item label="intake.detail.strengths">
              {p.strengths ? <span class="preserve-lines">{p.strengths}</span> : null}
            </Item>
          ) : null}
          <Item label="intake.detail.formats">{profile?.formats.map((f) => t(formatKey(f))).join(', ')}</Item>
          <Item label="intake.detail.frequency">{profile ? t(frequencyKey(profile.frequency)) : null}</Item>
          <Item label="intake.detail.availability">
            {profile?.availability ? <span class="preserve-lines">{profile.availability}</span> : null}
          </Item>
          <Item label="intake.list.registeredAt">{formatDateTime(p.createdAt, locale)}</Item>
          <Item label="intake.detail.consent">{profile ? consentText(profile, t, locale) : null}</Item>
        </dl>
      </Section>

      <Section id="verlauf" title="intake.detail.status">
        <dl class="kern-description-list">
          <Item label="intake.filter.status">{t(statusKey(p.status))}</Item>
          <Item label="intake.detail.intakeAt">{p.intakeAt ? formatDateTime(p.intakeAt, locale) : null}</Item>
          {p.status === 'not_eligible' ? (
            <Item label="intake.detail.declineText">
              {p.statusReason ? <span class="preserve-lines">{p.statusReason}</span> : null}
            </Item>
          ) : null}
        </dl>
        <History detail={v.detail} />
      </Section>

      {p.role === 'mentee' && p.status === 'accepted' ? (
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
              <a
                class="kern-link"
                href={v.matching === 'proposal' ? matchingPath : COORDINATION_TANDEMS_PATH}
              >
                {t(v.matching === 'proposal' ? 'matching.away.proposalNext' : 'matching.away.tandemNext')}
              </a>
            </p>
          )}
        </section>
      ) : null}
      <Actions view={v} />
      <Notes view={v} />
    </Page>
  );
}
