import type { Space } from '../../../access/index.ts';
import { SelectField } from '../../../ui/components/Choice.tsx';
import { FormFields } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { Pagination } from '../../../ui/components/Pagination.tsx';
import { useView } from '../../../ui/context.ts';
import { LIBRARY_PATH, postPath, SEARCH_PATH, TIPS_PATH, threadPath } from '../paths.ts';
import type { SearchHit } from '../search/query.ts';
import type { SpaceTopic } from '../service/topics.ts';
import { spaceName } from './parts.tsx';
import { SearchBox } from './SearchBox.tsx';

export interface SearchView {
  spaces: Space[];
  topics: SpaceTopic[];
  values: Record<string, string>;
  hits: SearchHit[];
  total: number;
  page: number;
  pages: number;
}

const searchUrl = (values: Record<string, string>) =>
  `${SEARCH_PATH}?${new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString()}`;

const kindKey = {
  question: 'community.kind.question',
  discussion: 'community.kind.discussion',
  answer: 'community.kind.answer',
  tip: 'community.kind.tip',
  library: 'community.kind.library',
} as const;

/** Where a hit leads: the answer in its thread, the thread, the Praxistipp or the library item. */
const hitPath = (h: SearchHit) =>
  h.tipId
    ? `${TIPS_PATH}/${h.tipId}`
    : h.itemId
      ? `${LIBRARY_PATH}/${h.itemId}`
      : h.kind === 'answer'
        ? postPath(h.threadId!, h.id)
        : threadPath(h.threadId!);

/** The matched words marked, everything else plain text. */
const Marked = (props: { pieces: string[] }) => (
  <>{props.pieces.map((piece, i) => (i % 2 === 1 ? <mark key={i}>{piece}</mark> : piece))}</>
);

/** Search over questions, discussions, answers, Praxistipps and library items of the spaces the person reads. */
export function SearchPage(props: { view: SearchView }) {
  const { t } = useView();
  const v = props.view;
  const byId = new Map(v.spaces.map((s) => [s.programmeId, s]));
  const q = v.values.q ?? '';
  return (
    <Page title="community.search.title">
      <SearchBox action={SEARCH_PATH} value={q}>
        <FormFields values={v.values}>
          <SelectField
            name="art"
            label="community.filter.kind"
            placeholder="community.filter.allKinds"
            options={[
              { value: 'frage', label: 'community.kind.questions' },
              { value: 'diskussion', label: 'community.kind.discussions' },
              { value: 'antwort', label: 'community.kind.answers' },
              { value: 'praxistipp', label: 'community.kind.tips' },
              { value: 'methode', label: 'community.kind.libraries' },
            ]}
          />
          <SelectField
            name="thema"
            label="community.filter.topic"
            placeholder="community.filter.allTopics"
            options={v.topics.map((tp) => ({ value: tp.id, label: { text: tp.label } }))}
          />
          <SelectField
            name="bereich"
            label="community.filter.space"
            placeholder="community.filter.allSpaces"
            options={v.spaces.map((s) => ({ value: s.slug, label: { text: spaceName(t, s) } }))}
          />
        </FormFields>
      </SearchBox>
      {q.trim() === '' ? (
        <p class="kern-body">{t('community.search.hint')}</p>
      ) : (
        <section aria-labelledby="treffer">
          <h2 class="kern-heading-medium" id="treffer">
            {t('community.search.count', { count: v.total, q })}
          </h2>
          <ol class="search-results">
            {v.hits.map((h) => {
              const space = byId.get(h.programmeId);
              return (
                <li key={h.id}>
                  <h3 class="kern-heading-small">
                    <a class="kern-link" href={hitPath(h)}>
                      {h.kind === 'answer' ? (
                        t('community.search.answerTo', { title: h.title })
                      ) : (
                        <Marked pieces={h.titlePieces} />
                      )}
                    </a>
                  </h3>
                  <p class="kern-body kern-body--small">
                    {t(kindKey[h.kind])}
                    {space ? ` · ${spaceName(t, space)}` : ''}
                    {h.solved ? ` · ${t('community.solved')}` : ''}
                  </p>
                  <p class="kern-body">
                    <Marked pieces={h.snippet} />
                  </p>
                </li>
              );
            })}
          </ol>
          <Pagination
            page={v.page}
            pages={v.pages}
            href={(p) => searchUrl({ ...v.values, seite: String(p) })}
          />
        </section>
      )}
    </Page>
  );
}
