import { members, type Row } from './outcomes.ts';

const id = '00000000-0000-0000-0000-000000000000';
const tandem = `/tandems/${id}`;

/** Goals and milestones: the two members only (404 for everyone else). */
export const tandemMilestonesRows: Record<string, Row> = {
  'GET /tandems/:id/ziele': { url: `${tandem}/ziele`, ...members },
  'POST /tandems/:id/ziele': { url: `${tandem}/ziele`, ...members },
  'POST /tandems/:id/ziele/:stepId': { url: `${tandem}/ziele/${id}`, ...members },
  'POST /tandems/:id/meilensteine': { url: `${tandem}/meilensteine`, ...members },
  'POST /tandems/:id/meilensteine/:stepId': { url: `${tandem}/meilensteine/${id}`, ...members },
  'POST /tandems/:id/erfolge': { url: `${tandem}/erfolge`, ...members },
};
