import type { MessageKey } from '../../../../i18n/index.ts';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import type { TodoView } from '../../todos/views/TodoItem.tsx';
import { TodoList } from '../../todos/views/TodoList.tsx';
import type { Meeting } from '../queries.ts';

function Entry(props: { label: MessageKey; text: string }) {
  const { t } = useView();
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(props.label)}</dt>
      <dd class="kern-description-list-item__value preserve-lines">
        {props.text || t('tandems.meetings.record.nothing')}
      </dd>
    </div>
  );
}

/** A held meeting's record, in the order of the guide's checklist. */
export function RecordView(props: {
  tandemId: string;
  meeting: Meeting;
  todos: TodoView[];
  recorderName: string | null;
  today: string;
  editHref: string | null;
  /** For the mentor: the link to log this meeting's time against the mentoring duty. */
  timeHref: string | null;
}) {
  const { t, locale } = useView();
  const m = props.meeting;
  return (
    <section aria-labelledby="protokoll" class="account-section">
      <h2 class="kern-heading-medium" id="protokoll">
        {t('tandems.meetings.record.title')}
      </h2>
      {m.recordedAt ? (
        <p class="kern-body kern-body--small">
          {t(props.recorderName ? 'tandems.meetings.record.by' : 'tandems.meetings.record.at', {
            date: formatAt(m.recordedAt, locale, 'dateTime'),
            name: props.recorderName ?? '',
          })}
        </p>
      ) : null}
      <dl class="kern-description-list">
        <Entry label="tandems.meetings.record.recap" text={m.recap} />
        <Entry label="tandems.meetings.record.learnings" text={m.learnings} />
        <Entry label="tandems.meetings.record.nextTopics" text={m.nextTopics} />
      </dl>
      <h3 class="kern-heading-small">{t('tandems.meetings.record.todos')}</h3>
      {props.todos.length === 0 ? (
        <p class="kern-body">{t('tandems.meetings.record.noTodos')}</p>
      ) : (
        <TodoList tandemId={props.tandemId} todos={props.todos} today={props.today} back="" readonly />
      )}
      <ul class="kern-list">
        {props.editHref ? (
          <li>
            <a class="kern-link" href={props.editHref}>
              {t('tandems.meetings.record.edit')}
            </a>
          </li>
        ) : null}
        {props.timeHref ? (
          <li>
            <a class="kern-link" href={props.timeHref}>
              {t('tandems.meetings.record.logTime')}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
