/** The programmes feature's front door (ADR 0016): the programme lookups live in the access layer. */
export {
  findProgrammeById,
  findProgrammeBySlug,
  type Programme,
  programmesByIds,
} from '../../access/index.ts';
export { listActiveTopics, listAllProgrammes, listAllTopics, type Topic, topicsByIds } from './queries.ts';
export { registerProgrammes } from './routes.tsx';
