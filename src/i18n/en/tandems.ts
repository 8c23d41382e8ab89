import type { tandems as de } from '../de/tandems.ts';

export const tandems: Record<keyof typeof de, string> = {
  'nav.tandems': 'Tandems',
  'nav.coordinationTandems': 'Tandems',

  'tandems.status.kickoff_pending': 'Kick-off pending',
  'tandems.status.active': 'Active',
  'tandems.status.ended': 'Ended',
  'tandems.endKind.planned': 'as planned',
  'tandems.endKind.early': 'early',
  'tandems.endKind.rematch': 're-matched',
  'tandems.endKind.coordination': 'by the coordinators',
  'tandems.side.mentee': 'Mentee',
  'tandems.side.mentor': 'Mentor',

  'tandems.list.title': 'Your tandems',
  'tandems.list.lead': 'All tandems you take part in – as mentee, as mentor or in both roles.',
  'tandems.list.none':
    'You are not in a tandem yet. As soon as you and your partner have accepted a matching proposal, the tandem appears here.',
  'tandems.list.with': 'Tandem with {name}',
  'tandems.list.programme': 'Programme',
  'tandems.list.role': 'Your role',
  'tandems.list.status': 'Status',
  'tandems.list.calendar': 'Subscribe to meetings in your own calendar',
  'tandems.list.time': 'Log and prove mentoring time (for mentors)',
  'tandems.list.since': 'Period',

  'tandems.workspace.title': 'Tandem with {name}',
  'tandems.workspace.back': 'Back to your tandems',
  'tandems.workspace.summary': '{programme} · Your role: {role} · Status: {status} · since {since}',
  'tandems.workspace.ended': 'This tandem ended on {at}. You can still read everything.',
  'tandems.workspace.confidential':
    'Confidential: what you record here is read by the two of you only. The coordinators see the status, the dates of meetings, the number of open to-dos and the time logged – never contents.',
  'tandems.workspace.partner': 'Your tandem partner ({role})',
  'tandems.workspace.name': 'Name',
  'tandems.workspace.email': 'Email',
  'tandems.workspace.phone': 'Phone',
} as const;
