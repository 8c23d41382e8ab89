import type { FastifyInstance } from 'fastify';
import { communityAccess, requireCommunityMember } from '../../../access/index.ts';
import { SEARCH_PATH } from '../paths.ts';
import { searchFilters } from '../schema.ts';
import { SEARCH_PAGE_SIZE, searchCommunity } from '../search/query.ts';
import { topicsOfSpace } from '../service/topics.ts';
import { SearchPage } from '../views/SearchPage.tsx';

const KINDS = {
  frage: 'question',
  diskussion: 'discussion',
  antwort: 'answer',
  praxistipp: 'tip',
  methode: 'library',
} as const;

/**
 * /austausch/suche: German-stemmed search with compound words over the spaces the person reads:
 * questions, discussions, answers, Praxistipps and the methods library.
 */
export function registerSearch(app: FastifyInstance) {
  const db = app.deps.database.db;
  app.get(SEARCH_PATH, communityAccess, async (req, reply) => {
    const member = await requireCommunityMember(req);
    const filters = searchFilters.parse(req.query ?? {});
    const space = member.spaces.find((s) => s.slug === filters.bereich);
    const { hits, total } = filters.q.trim()
      ? await searchCommunity(db, {
          q: filters.q,
          spaces: member.spaces.map((s) => s.programmeId),
          space: space ? space.programmeId : undefined,
          kind: filters.art ? KINDS[filters.art] : undefined,
          topicId: filters.thema,
          mentorView: member.mentorView,
          page: filters.seite,
        })
      : { hits: [], total: 0 };
    const allSpaces = member.spaces.find((s) => s.programmeId === null)!;
    const values = Object.fromEntries(
      Object.entries({ q: filters.q, art: filters.art, thema: filters.thema, bereich: space?.slug }).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
    return reply.page(
      <SearchPage
        view={{
          spaces: member.spaces,
          topics: await topicsOfSpace(db, allSpaces, member.spaces),
          values,
          hits,
          total,
          page: filters.seite,
          pages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
        }}
      />,
    );
  });
}
