import { isWritable } from '../core/state.tsx';
import type { WorkspaceSection } from '../workspace/sections.ts';
import { preparationsOf, standing, versionsOf } from './queries.ts';
import { AgreementSection } from './views/AgreementSection.tsx';

/** The kick-off step or the agreement in force, with its pending change. */
export const agreementSection: WorkspaceSection = async (req, tandem) => {
  const db = req.server.deps.database.db;
  const { inForce, pending } = standing(await versionsOf(db, tandem.tandem.id));
  const own = inForce ? undefined : (await preparationsOf(db, tandem.tandem.id))[tandem.side];
  const prepared = !!own && Object.values(own.answers).some((a) => a.trim() !== '');
  return (
    <AgreementSection
      view={{
        tandemId: tandem.tandem.id,
        side: tandem.side,
        prepared,
        inForce,
        pending,
        writable: isWritable(tandem),
      }}
    />
  );
};
