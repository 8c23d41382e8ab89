/** The proposals feature's front door (ADR 0016): what the app, jobs and other features use. */
export { PROPOSALS_SWEEP_QUEUE, proposalJobs } from './jobs.ts';
export { finishedMentee, type ProgrammeProposal, programmeProposals } from './queries.ts';
export { registerProposals } from './routes.tsx';
export { type CreateOutcome, createProposals, type NewProposal } from './service/create.ts';
export { withdrawOpenProposals } from './service/withdraw.ts';
export { Reasons } from './views/Reasons.tsx';
