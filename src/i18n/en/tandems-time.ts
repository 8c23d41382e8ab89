import type { tandemsTime as de } from '../de/tandems-time.ts';

export const tandemsTime: Record<keyof typeof de, string> = {
  'tandems.time.nav': 'Mentoring time',
  'tandems.time.title': 'Mentoring time',
  'tandems.time.lead':
    'Log the time you spend as a mentor – meetings, preparation and other mentoring tasks – and see it beside your mentoring duty. Download the proof for your funding report as a PDF.',
  'tandems.time.back': 'Back to mentoring time',
  'tandems.time.backToTandems': 'To your tandems',
  'tandems.time.notMentor.title': 'Time logging is for mentors',
  'tandems.time.notMentor.text':
    'Mentors log the time they spend with their mentees here. You are not taking part in a programme as a mentor at the moment. If you would like to pass on your experience, you can register as a mentor as well at any time.',

  'tandems.time.kind.meeting': 'Meeting',
  'tandems.time.kind.preparation': 'Preparation',
  'tandems.time.kind.event': 'Event (e.g. a talk at an event)',
  'tandems.time.kind.community': 'Contribution to the community',
  'tandems.time.kind.other': 'Other mentoring task',
  'tandems.time.duration': '{hours}:{minutes} h',
  'tandems.time.tandemWith': 'Tandem with {name}',
  'tandems.time.tandemWithIn': 'Tandem with {name} ({programme})',

  'tandems.time.year': 'Year',
  'tandems.time.year.show': 'Show',
  'tandems.time.new': 'Log time',
  'tandems.time.proof.download': 'Download the proof of mentoring activities {year} (PDF)',

  'tandems.time.duty.title': 'Your mentoring duty {year}',
  'tandems.time.days': '{count, plural, one {# day} other {# days}}',
  'tandems.time.days.one': '1 day',
  'tandems.time.duty.progress':
    '{done} of {total, plural, one {# hour} other {# hours}} ({days} of {hoursPerDay, plural, one {# hour} other {# hours}})',
  'tandems.time.duty.percent': '{percent} % of the mentoring duty',
  'tandems.time.duty.remaining':
    'Still open: {hours, plural, one {# hour} other {# hours}}. Done: {percent} %.',
  'tandems.time.duty.fulfilled':
    'Your mentoring duty for {year} is fulfilled. Thank you for your commitment!',
  'tandems.time.duty.none':
    'No mentoring duty applies to you in the programme {programme}. You can still log your time and prove it for {year}.',
  'tandems.time.duty.logged': 'Logged in {year}: {hours, plural, one {# hour} other {# hours}}.',

  'tandems.time.entries.title': 'Time entries {year}',
  'tandems.time.entries.caption': 'Your time entries {year}, newest first',
  'tandems.time.entries.private':
    'Only you see your notes. The coordinators see your totals only; the proof shows date, kind and duration only.',
  'tandems.time.entries.none': 'You have not logged any time for {year} yet.',
  'tandems.time.entries.edit': 'Edit the entry of {date}',
  'tandems.time.column.date': 'Date',
  'tandems.time.column.kind': 'Kind of activity',
  'tandems.time.column.duration': 'Duration',
  'tandems.time.column.tandem': 'Tandem',
  'tandems.time.column.programme': 'Programme',
  'tandems.time.column.note': 'Your note',
  'tandems.time.column.actions': 'Change',

  'tandems.time.new.title': 'Log time',
  'tandems.time.edit.title': 'Edit time entry',
  'tandems.time.field.programme': 'Programme',
  'tandems.time.field.date': 'Date',
  'tandems.time.field.dateHint': 'The day of the activity, e.g. 03.12.2026.',
  'tandems.time.field.duration': 'Duration',
  'tandems.time.field.durationHint':
    'In hours and minutes, e.g. 1 hour and 30 minutes – or in minutes only, e.g. 90. At most 24 hours per entry.',
  'tandems.time.field.hours': 'Hours',
  'tandems.time.field.minutes': 'Minutes',
  'tandems.time.field.kind': 'Kind of activity',
  'tandems.time.field.tandem': 'Tandem',
  'tandems.time.field.tandemHint': 'If the activity belongs to one of your tandems.',
  'tandems.time.field.noTandem': 'No particular tandem',
  'tandems.time.field.meetingFixed':
    'This time entry belongs to the meeting on {date} in the tandem with {name}.',
  'tandems.time.field.note': 'Your note',
  'tandems.time.field.noteHint':
    'Visible to you only. The note appears neither in the proof nor to the coordinators.',
  'tandems.time.submit.create': 'Save time',
  'tandems.time.submit.update': 'Save changes',
  'tandems.time.delete': 'Delete time entry',
  'tandems.time.deletePage.title': 'Delete the time entry',
  'tandems.time.deletePage.question': 'Do you really want to delete the time entry of {date} ({duration})?',
  'tandems.time.deletePage.confirm': 'Yes, delete the time entry',
  'tandems.time.deletePage.back': 'No, back to the time entry',
  'tandems.time.duplicate.title': 'Time has already been logged for this meeting',
  'tandems.time.duplicate.text':
    'You have already saved a time entry for this meeting. There is one entry per meeting – please change the existing one instead of adding a second.',
  'tandems.time.duplicate.link': 'Open the existing time entry',
  'tandems.time.notHeld.title': 'This meeting has not taken place yet',
  'tandems.time.notHeld.text':
    'Once the meeting is recorded as held, we suggest its date and duration. You can already log time for the preparation.',

  'tandems.time.error.date': 'Please enter a valid date, e.g. 03.12.2026.',
  'tandems.time.error.future': 'The date must not be in the future.',
  'tandems.time.error.hours': 'Please enter the hours as a whole number from 0 to 24.',
  'tandems.time.error.minutes': 'Please enter the minutes as a whole number, e.g. 30.',
  'tandems.time.error.duration': 'Please enter a duration between 1 minute and 24 hours.',
  'tandems.time.error.kind': 'Please choose the kind of activity.',
  'tandems.time.error.programme': 'Please choose one of the programmes in which you are a mentor.',
  'tandems.time.error.tandem': 'Please choose one of your tandems in this programme, or no tandem.',
  'tandems.time.error.noteTooLong': 'The note may be at most 2,000 characters long.',

  'tandems.time.flash.created': 'Your time has been saved.',
  'tandems.time.flash.updated': 'The time entry has been changed.',
  'tandems.time.flash.deleted': 'The time entry has been deleted.',

  'tandems.time.section.title': 'Mentoring time',
  'tandems.time.section.none': 'You have not logged any time for this tandem in {year} yet.',
  'tandems.time.section.logged':
    'You have logged {duration} for this tandem in {year} (time entries: {count}).',
  'tandems.time.section.unlogged': 'Meetings without a time entry:',
  'tandems.time.section.logMeeting': 'Log time for the meeting on {date}',
  'tandems.time.section.new': 'Log time for this tandem',
  'tandems.time.section.all': 'Your mentoring time and the proof',

  'tandems.time.proof.title': 'Proof of mentoring activities {year}',
  'tandems.time.proof.mentor': 'Mentor: {name}',
  'tandems.time.proof.organisation': 'Organisation (employer): {organisation}',
  'tandems.time.proof.programme': 'Programme: {programme}',
  'tandems.time.proof.programmeFunding': 'Programme: {programme} (funding phase: {funding})',
  'tandems.time.proof.period': 'Period: 1 January {year} to 31 December {year}',
  'tandems.time.proof.entries': 'Mentoring activities',
  'tandems.time.proof.noEntries': 'No mentoring activities are logged for {year}.',
  'tandems.time.proof.totals': 'Totals by kind of activity',
  'tandems.time.proof.total': 'Total {year}',
  'tandems.time.proof.duty': 'Mentoring duty',
  'tandems.time.proof.dutyLine':
    '{programme}: mentoring duty of {days} of {hoursPerDay, plural, one {# hour} other {# hours}} ({total, plural, one {# hour} other {# hours}}); logged: {done, plural, one {# hour} other {# hours}} ({percent} %).',
  'tandems.time.proof.noDuty':
    '{programme}: no mentoring duty applies; logged: {done, plural, one {# hour} other {# hours}}.',
  'tandems.time.proof.confidential':
    'The proof contains only the date, kind and duration of the activities. What the tandems discuss is confidential and not part of the proof.',
  'tandems.time.proof.generated': 'Created on {date} with klimatandem.',
  'tandems.time.proof.signature': 'Place, date, signature of the mentor',

  'tandems.time.coordination.title': 'Mentors’ mentoring time',
  'tandems.time.coordination.lead':
    'The totals of logged mentoring time per mentor and year, beside the mentoring duty. Contents and notes are not shown here.',
  'tandems.time.coordination.caption': 'Mentoring time {year}: {programme}',
  'tandems.time.coordination.column.mentor': 'Mentor',
  'tandems.time.coordination.column.funding': 'Funding phase',
  'tandems.time.coordination.column.duty': 'Mentoring duty',
  'tandems.time.coordination.column.time': 'Time logged',
  'tandems.time.coordination.column.percent': 'Share of the duty',
  'tandems.time.coordination.column.entries': 'Time entries',
  'tandems.time.coordination.dutyYes': 'Yes, {hours, plural, one {# hour} other {# hours}}',
  'tandems.time.coordination.dutyNo': 'No',
  'tandems.time.coordination.percent': '{percent}%',
  'tandems.time.coordination.noDuty': 'This programme has no mentoring duty.',
  'tandems.time.coordination.dutyAll':
    'Mentoring duty: {days} of {hoursPerDay} hours a year, for every mentor.',
  'tandems.time.coordination.dutyFor':
    'Mentoring duty: {days} of {hoursPerDay} hours a year, for mentors in the funding phase “{funding}”.',
  'tandems.time.coordination.noMentors': 'This programme has no mentors yet.',
  'tandems.time.coordination.settings': 'Change the tandem settings of {programme}',

  'tandems.settings.title': 'Tandem settings: {programme}',
  'tandems.settings.back': 'Back to the mentors’ mentoring time',
  'tandems.settings.stall': 'When a tandem stalls',
  'tandems.settings.stallHint':
    'If no meeting is held or planned, we send both a friendly reminder. If it stays quiet after that, the tandem appears on the “needs attention” list.',
  'tandems.settings.reminderWeeks': 'Reminder after (weeks)',
  'tandems.settings.reminderWeeksHint': 'Weeks without a meeting before the reminder, 1 to 52. Usual: 6.',
  'tandems.settings.escalationWeeks': 'Passed to the coordinators after further (weeks)',
  'tandems.settings.escalationWeeksHint': 'Weeks after the reminder, 1 to 52. Usual: 4.',
  'tandems.settings.duty': 'Mentoring duty',
  'tandems.settings.dutyHint':
    'The mentoring duty applies per calendar year. Mentors see their logged time beside it and in the proof.',
  'tandems.settings.dutyDays': 'Days per year',
  'tandems.settings.dutyDaysHint': '1 to 365. Leave the field empty if there is no mentoring duty.',
  'tandems.settings.hoursPerDay': 'Hours per day',
  'tandems.settings.hoursPerDayHint': '1 to 24, decimals allowed, e.g. 8 or 7.8.',
  'tandems.settings.fundingPhase': 'Whom does the mentoring duty apply to?',
  'tandems.settings.fundingPhaseHint': 'Mentors state their funding phase when they register.',
  'tandems.settings.fundingPhase.all': 'Every mentor',
  'tandems.settings.fundingPhase.only': 'Only mentors in the funding phase “{phase}”',
  'tandems.settings.save': 'Save settings',
  'tandems.settings.flash.saved': 'The tandem settings have been saved.',
  'tandems.settings.error.reminderWeeks': 'Please enter a whole number from 1 to 52 weeks for the reminder.',
  'tandems.settings.error.escalationWeeks':
    'Please enter a whole number from 1 to 52 weeks for passing the tandem to the coordinators.',
  'tandems.settings.error.dutyDays':
    'Please enter a whole number from 1 to 365 days for the mentoring duty, or leave the field empty.',
  'tandems.settings.error.hoursPerDay':
    'Please enter the hours per day as a number from 1 to 24, e.g. 8 or 7.8.',
  'tandems.settings.error.fundingPhase':
    'Please choose whom the mentoring duty applies to: every mentor or one of the funding phases.',
};
