import { adminOnly, type Row } from './outcomes.ts';

const nobody = '00000000-0000-0000-0000-000000000000';

/** Authorization-matrix rows for the admins' account pages (finding accounts, resetting a second factor). */
export const accountsAdminRows: Record<string, Row> = {
  'GET /verwaltung/konten': adminOnly,
  'GET /verwaltung/konten/:id': { url: `/verwaltung/konten/${nobody}`, ...adminOnly },
  'GET /verwaltung/konten/:id/zweiter-faktor': {
    url: `/verwaltung/konten/${nobody}/zweiter-faktor`,
    ...adminOnly,
  },
  'POST /verwaltung/konten/:id/zweiter-faktor': {
    url: `/verwaltung/konten/${nobody}/zweiter-faktor`,
    ...adminOnly,
  },
};
