import type { FastifyInstance } from 'fastify';
import {
  type CommunityMember,
  communityAccess,
  requireCommunityMember,
  requireSpace,
  type Space,
} from '../../../access/index.ts';
import { submittedValues } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { posting } from '../../community/index.ts';
import { MY_TIPS, NEW_TIP, newTipPath, REVIEW_QUEUE, TIPS, tipPath } from '../paths.ts';
import { ownTips, publishedTips, reviewQueue, spaceTopics, TIPS_PER_PAGE } from '../queries.ts';
import { listFilters } from '../schema.ts';
import { createTip } from '../service/tips.ts';
import { ChooseSpacePage } from '../views/ChooseSpacePage.tsx';
import { TipFormPage } from '../views/TipFormPage.tsx';
import { TipListPage } from '../views/TipListPage.tsx';
import { TipsPage } from '../views/TipsPage.tsx';
import { readTipForm } from './form.ts';

type SpaceParams = { Params: { space: string } };

const given = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) => (v === undefined || k === 'seite' ? [] : [[k, String(v)]])),
  );

/** The list of Praxistipps, one's own, the review queue, and writing a new one. */
export function registerTipLists(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get(TIPS, communityAccess, async (req, reply) => {
    const member = await requireCommunityMember(req);
    const filters = listFilters.parse(req.query ?? {});
    const chosen = filters.bereich ? member.spaces.filter((s) => s.slug === filters.bereich) : member.spaces;
    const { tips, total } = await publishedTips(db, {
      spaces: chosen,
      topicId: filters.thema,
      bundesland: filters.bundesland,
      organisationType: filters.organisationsart,
      sizeClass: filters.groesse,
      order: filters.sortierung === 'hilfreich' ? 'helpful' : 'new',
      page: filters.seite,
    });
    const reviews = member.spaces.some((s) => s.moderated);
    const shared = member.spaces.find((s) => s.programmeId === null)!;
    return reply.page(
      <TipsPage
        view={{
          tips,
          total,
          page: filters.seite,
          pages: Math.max(1, Math.ceil(total / TIPS_PER_PAGE)),
          spaces: member.spaces,
          topics: await spaceTopics(db, chosen.length === 1 ? chosen[0]! : shared, member),
          waiting: reviews ? (await reviewQueue(db, member)).length : null,
          values: given(filters),
        }}
      />,
    );
  });

  app.get(MY_TIPS, communityAccess, async (req, reply) => {
    const member = await requireCommunityMember(req);
    return reply.page(
      <TipListPage
        title="tips.mine.title"
        lead="tips.mine.lead"
        empty="tips.mine.empty"
        emptyAction={{ href: NEW_TIP, label: 'tips.new.link' }}
        tips={await ownTips(db, member)}
        spaces={member.spaces}
        showState
      />,
    );
  });

  app.get(REVIEW_QUEUE, communityAccess, async (req, reply) => {
    const member = await requireCommunityMember(req);
    return reply.page(
      <TipListPage
        title="tips.review.title"
        lead="tips.review.lead"
        empty="tips.review.empty"
        tips={await reviewQueue(db, member)}
        spaces={member.spaces}
      />,
    );
  });

  app.get(NEW_TIP, communityAccess, async (req, reply) => {
    const member = await requireCommunityMember(req);
    return reply.page(<ChooseSpacePage spaces={member.spaces} />);
  });

  const formView = async (
    member: CommunityMember,
    space: Space,
    values: Record<string, string>,
    selectedTopics: string[],
    errors?: FormErrors,
  ) => (
    <TipFormPage
      view={{
        space,
        topics: await spaceTopics(db, space, member),
        action: newTipPath(space.slug),
        back: TIPS,
        mayDraft: true,
        editing: false,
        values,
        selectedTopics,
        errors,
      }}
    />
  );

  app.get<SpaceParams>(newTipPath(':space'), communityAccess, async (req, reply) => {
    const { member, space } = await requireSpace(req, req.params.space);
    return reply.page(await formView(member, space, {}, []));
  });

  app.post<SpaceParams>(newTipPath(':space'), posting, async (req, reply) => {
    const { member, space } = await requireSpace(req, req.params.space);
    const { form, selectedTopics } = readTipForm(req.body);
    const again = async (values: Record<string, string>, errors: FormErrors) =>
      reply.page(await formView(member, space, values, selectedTopics, errors), 422);
    if (!form.ok) return again(form.values, form.errors);
    const created = await createTip(app.deps, member, space, form.data);
    if (!created.ok)
      return again(submittedValues(req.body), { [created.field!.name]: created.field!.message });
    return reply
      .flash('success', form.data.submit ? 'tips.flash.submitted' : 'tips.flash.drafted')
      .redirect(tipPath(created.value), 303);
  });
}
