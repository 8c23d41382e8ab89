export {
  findProgrammeById,
  findProgrammeBySlug,
  listActiveTopics,
  listAllProgrammes,
  listAllTopics,
  type Programme,
  type Topic,
  topicsByIds,
} from './queries.ts';
