import { formatDateTime } from '../../../platform/time.ts';
import { Alert } from '../../../ui/components/Alert.tsx';
import { ErrorSummary } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { consentText } from './consent.ts';
import { Actions } from './DetailActions.tsx';
import type { DetailView } from './detail-view.ts';
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
import { Notes } from './Notes.tsx';
import { MatchingSection, RoleAnswers, Section, StatusSection } from './RoleSections.tsx';

/**
 * One registration: a person in a programme with every role they registered for (mentee, mentor or
 * both), all their answers, each role's status and history, the notes and the next steps.
 */
export function DetailPage(props: { view: DetailView }) {
  const { t, locale } = useView();
  const v = props.view;
  const { participation: p, person, profile, programme, roles } = v.detail;
  const errors = v.errors ?? {};
  const several = roles.length > 1;
  const roleNames = roles.map((r) => t(roleKey(r.participation.role))).join(t('intake.list.and'));
  const status = several
    ? roles
        .map((r) =>
          t('intake.list.roleStatus', {
            role: t(roleKey(r.participation.role)),
            status: t(statusKey(r.participation.status)),
          }),
        )
        .join(', ')
    : t(statusKey(p.status));
  const shared = (
    <>
      <Item label="intake.detail.formats">{profile?.formats.map((f) => t(formatKey(f))).join(', ')}</Item>
      <Item label="intake.detail.frequency">{profile ? t(frequencyKey(profile.frequency)) : null}</Item>
      <Item label="intake.detail.availability">
        {profile?.availability ? <span class="preserve-lines">{profile.availability}</span> : null}
      </Item>
    </>
  );
  return (
    <Page title="intake.detail.title" titleVars={{ name: person.name }} errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={LIST_PATH}>
          {t('intake.detail.back')}
        </a>
      </p>
      <p class="kern-body kern-body--large">
        {t('intake.detail.summary', { role: roleNames, programme: programme.name, status })}
      </p>
      {v.conflict ? (
        <Alert kind="danger" title={t('intake.conflict.title')} live>
          <p class="kern-body">{t(v.conflict.key, v.conflict.vars)}</p>
        </Alert>
      ) : null}
      <ErrorSummary
        errors={errors}
        order={['datum', 'uhrzeit', 'status', 'themen', 'staerken', 'rollen', 'mailtext', 'notiz']}
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
          <Item label="intake.filter.role">{roleNames}</Item>
          {several ? null : <RoleAnswers role={roles[0]!} detail={v.detail} />}
          {shared}
          {several ? null : (
            <Item label="intake.list.registeredAt">{formatDateTime(p.createdAt, locale)}</Item>
          )}
          <Item label="intake.detail.consent">{profile ? consentText(profile, t, locale) : null}</Item>
        </dl>
      </Section>

      {several
        ? roles.map((r) => (
            <Section
              key={r.participation.id}
              id={`angaben-${r.participation.role}`}
              title="intake.detail.answersRole"
              titleVars={{ role: t(roleKey(r.participation.role)) }}
            >
              <dl class="kern-description-list">
                <RoleAnswers role={r} detail={v.detail} />
                <Item label="intake.list.registeredAt">
                  {formatDateTime(r.participation.createdAt, locale)}
                </Item>
              </dl>
            </Section>
          ))
        : null}

      {roles.map((r) => (
        <StatusSection key={r.participation.id} role={r} several={several} />
      ))}
      {roles.map((r) => (
        <MatchingSection key={r.participation.id} view={v} role={r} />
      ))}
      <Actions view={v} />
      <Notes view={v} />
    </Page>
  );
}
