import type { FastifyInstance } from 'fastify';
import { communityAccess, requireCommunityMember, requireSpace } from '../../../access/index.ts';
import { asList, parseForm, submittedValues } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { askPath, COMMUNITY, threadPath } from '../paths.ts';
import { latestThreads, THREADS_PER_PAGE, threadState, threadsOfSpace } from '../queries/threads.ts';
import { KIND_WORDS, listFilters, threadForm } from '../schema.ts';
import { startThread } from '../service/threads.ts';
import { topicsOfSpace } from '../service/topics.ts';
import { AskPage } from '../views/AskPage.tsx';
import { HomePage } from '../views/HomePage.tsx';
import { SpacePage } from '../views/SpacePage.tsx';
import { posting } from './options.ts';

type SpaceParams = { Params: { space: string } };

const picked = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values)
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

/** /austausch: the spaces; /austausch/bereiche/:space: a space's threads; asking in a space. */
export function registerSpaces(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get(COMMUNITY, communityAccess, async (req, reply) => {
    const member = await requireCommunityMember(req);
    return reply.page(<HomePage spaces={await latestThreads(db, member.spaces, member.actor.userId)} />);
  });

  app.get<SpaceParams>(`${COMMUNITY}/bereiche/:space`, communityAccess, async (req, reply) => {
    const { member, space } = await requireSpace(req, req.params.space);
    const filters = listFilters.parse(req.query ?? {});
    const { threads, total } = await threadsOfSpace(db, space, member.actor.userId, {
      kind: filters.art ? KIND_WORDS[filters.art] : undefined,
      topicId: filters.thema,
      answered: filters.beantwortet,
      mine: filters.meine === 'ja',
      page: filters.seite,
    });
    const values = picked({ ...filters, seite: undefined });
    return reply.page(
      <SpacePage
        view={{
          space,
          threads,
          total,
          page: filters.seite,
          pages: Math.max(1, Math.ceil(total / THREADS_PER_PAGE)),
          topics: await topicsOfSpace(db, space, member.spaces),
          values,
        }}
      />,
    );
  });

  app.get<SpaceParams>(askPath(':space'), communityAccess, async (req, reply) => {
    const { member, space } = await requireSpace(req, req.params.space);
    const topics = await topicsOfSpace(db, space, member.spaces);
    return reply.page(<AskPage space={space} topics={topics} values={{}} selectedTopics={[]} />);
  });

  app.post<SpaceParams>(askPath(':space'), posting, async (req, reply) => {
    const { member, space } = await requireSpace(req, req.params.space);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const selectedTopics = asList(body.themen);
    const again = async (values: Record<string, string>, errors: FormErrors) =>
      reply.page(
        <AskPage
          space={space}
          topics={await topicsOfSpace(db, space, member.spaces)}
          values={values}
          selectedTopics={selectedTopics}
          errors={errors}
        />,
        422,
      );
    const form = parseForm(threadForm, body);
    if (!form.ok) return again(form.values, form.errors);
    const started = await startThread(app.deps, member, space, {
      kind: KIND_WORDS[form.data.art],
      title: form.data.titel,
      body: form.data.text,
      topicIds: form.data.themen,
    });
    if (!started.ok) {
      return again(submittedValues(body), { [started.field!.name]: started.field!.message });
    }
    const held = (await threadState(db, started.value)) === 'pending';
    const flash = held ? 'moderation.flash.pending' : 'community.flash.asked';
    return reply.flash('success', flash).redirect(threadPath(started.value), 303);
  });
}
