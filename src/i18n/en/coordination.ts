import type { coordination as de } from '../de/coordination.ts';

export const coordination: Record<keyof typeof de, string> = {
  'nav.coordination': 'Coordination',
  'nav.coordinationOverview': 'Overview',
  'nav.supportCases': 'Support',
  'nav.coordinationTime': 'Mentoring time',
  'nav.feedbackFigures': 'Feedback',
  'layout.subNav': 'Coordination and administration',

  'coordination.title': 'Coordination',
  'coordination.lead': 'The pages you can use for your programmes.',
  'coordination.section.coordination': 'Coordinating programmes',
  'coordination.section.admin': 'Administration',
  'coordination.about.intake': 'Review new registrations, record intake calls and decide on admission.',
  'coordination.about.matching':
    'Find suitable mentors for mentees: suggestions with reasons, or a whole matching round.',
  'coordination.about.tandems':
    'Every tandem with its status, dates and figures, never its contents – those needing attention first.',
  'coordination.about.support': 'Work on the tandems’ support requests and record their outcome.',
  'coordination.about.time': 'Each mentor’s mentoring time of a year, beside the duty.',
  'coordination.about.feedback': 'The feedback after a tandem’s end, summarised from five answers on.',
  'coordination.about.import': 'Take over existing lists of mentors and mentees from CSV or Excel files.',
  'coordination.about.programmes':
    'Maintain programme texts, registration, funding options and coordinators.',
  'coordination.about.accounts': 'Find accounts and reset a person’s second factor.',
  'coordination.about.pages': 'Edit the imprint, privacy notice, accessibility statement and easy language.',
};
