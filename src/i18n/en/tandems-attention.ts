import type { tandemsAttention as de } from '../de/tandems-attention.ts';

export const tandemsAttention: Record<keyof typeof de, string> = {
  'tandems.attention.title': 'Tandems',
  'tandems.attention.lead':
    'How the tandems of your programmes are doing: dates, counts and time logged. Tandem contents are confidential and never shown here.',
  'tandems.attention.noProgrammes': 'You do not coordinate a programme.',
  'tandems.attention.summary':
    '{open, plural, one {# running tandem} other {# running tandems}} and {ended} ended; {celebrated, plural, one {# success} other {# successes}} celebrated.',
  'tandems.attention.link.settings': 'Tandem settings',
  'tandems.attention.link.support': 'Support requests',
  'tandems.attention.link.time': 'Mentors’ mentoring time',
  'tandems.attention.link.feedback': 'Feedback after the end',
  'tandems.attention.needsTitle': 'Needs attention ({count})',
  'tandems.attention.needsNone':
    'No tandem needs attention right now. Tandems appear here when they still have had or planned no meeting after the reminder.',
  'tandems.attention.needsCaption': 'Tandems in {programme} that need attention',
  'tandems.attention.allTitle': 'All tandems ({count})',
  'tandems.attention.allCaption': 'All tandems in {programme}, newest first',
  'tandems.attention.none': 'No tandems yet.',
  'tandems.attention.pair': '{mentee} with {mentor}',
  'tandems.attention.col.pair': 'Mentee with mentor',
  'tandems.attention.col.status': 'Status',
  'tandems.attention.col.since': 'Since',
  'tandems.attention.col.attentionSince': 'On the list since',
  'tandems.attention.col.lastMeeting': 'Last meeting',
  'tandems.attention.col.nextMeeting': 'Next meeting',
  'tandems.attention.col.held': 'Meetings',
  'tandems.attention.col.openTodos': 'Open to-dos',
  'tandems.attention.col.time': 'Time logged',
  'tandems.attention.col.case': 'Support',
  'tandems.attention.case.open': 'View case',
  'tandems.attention.case.new': 'Open a case',
  'tandems.attention.col.lastActivity': 'Last activity',
  'tandems.attention.filter.legend': 'Filter tandems',
  'tandems.attention.filter.all': 'All',
  'tandems.attention.filter.submit': 'Apply filter',
  'tandems.attention.filteredTitle': 'Tandems with status “{status}” ({count})',
  'tandems.attention.priority.marker': 'Priority (to be re-matched)',
  'tandems.attention.priority.caption':
    'Mentees in the matching pool: first those with priority after a re-match, then in order of registration',
  'tandems.attention.mail.subject': 'How is your tandem doing?',
  'tandems.attention.mail.body':
    'your tandem in the programme {programme} has had no meeting for some weeks, and none is planned.',
  'tandems.attention.mail.advice':
    'Contact falling asleep? That is fine and can happen. Address problems early and agree the next date at the end of each meeting.',
  'tandems.attention.mail.help':
    'You can ask the coordinators for support at any time – in the tandem under “Ask for support”.',
  'tandems.attention.mail.confidential': 'This email contains no contents of your tandem.',
  'tandems.attention.mail.action': 'Go to the tandem',
};
