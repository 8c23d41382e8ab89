/** Where the tandem workspace lives. Every path below /tandems/:id is for the two members only. */
export const TANDEMS_PATH = '/tandems';
export const tandemPath = (id: string, rest = '') => `${TANDEMS_PATH}/${id}${rest ? `/${rest}` : ''}`;

/** Coordinators' views without contents. */
export const COORDINATION_TANDEMS_PATH = '/koordination/tandems';
export const SUPPORT_CASES_PATH = '/koordination/unterstuetzung';
export const supportCasePath = (id: string) => `${SUPPORT_CASES_PATH}/${id}`;
/** How a tandem ended, for its programme's coordinators (an early end's reason included). */
export const tandemEndPath = (tandemId: string) => `${COORDINATION_TANDEMS_PATH}/${tandemId}/ende`;
