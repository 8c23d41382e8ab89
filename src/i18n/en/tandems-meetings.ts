import type { tandemsMeetings as de } from '../de/tandems-meetings.ts';

export const tandemsMeetings: Record<keyof typeof de, string> = {
  'tandems.meetings.format.in_person': 'In person',
  'tandems.meetings.format.online': 'Online',
  'tandems.meetings.format.phone': 'By phone',
  'tandems.meetings.format.email': 'By email',
  'tandems.meetings.kind.meeting': 'Meeting',
  'tandems.meetings.kind.contact': 'Contact',
  'tandems.meetings.status.planned': 'Planned',
  'tandems.meetings.status.held': 'Held',
  'tandems.meetings.status.cancelled': 'Cancelled',
  'tandems.meetings.minutes': '{minutes, plural, one {# minute} other {# minutes}}',
  'tandems.meetings.back': 'Back to the tandem with {name}',

  'tandems.meetings.field.date': 'Date',
  'tandems.meetings.field.dateHint': 'For example 03.12.2026',
  'tandems.meetings.field.time': 'Time',
  'tandems.meetings.field.timeHint': 'German time, for example 14:30',
  'tandems.meetings.field.duration': 'Duration in minutes',
  'tandems.meetings.field.durationHint': 'For example 60 for one hour',
  'tandems.meetings.field.format': 'How will you meet?',
  'tandems.meetings.field.location': 'Place or link',
  'tandems.meetings.field.locationHint':
    'For example the address and room, or the link to the video conference. Only the two of you see this; it is never put in an email.',

  'tandems.meetings.new.title': 'Plan a meeting',
  'tandems.meetings.new.lead':
    'Agree on the date, time and form of your next meeting. You both receive an email with the date and a reminder the day before.',
  'tandems.meetings.new.formTitle': 'Next meeting',
  'tandems.meetings.new.submit': 'Plan the meeting and send the email',
  'tandems.meetings.new.pastHint':
    'Has the meeting already taken place? Enter it here with its date and time: it then counts as held, without an email, and you can record right away what you discussed.',
  'tandems.meetings.contact.title': 'Log a contact by phone or email',
  'tandems.meetings.contact.hint':
    'Did you talk on the phone or exchange emails? Log the contact here in a few words – it appears in your tandem’s history.',
  'tandems.meetings.contact.format': 'How were you in contact?',
  'tandems.meetings.contact.summary': 'Short summary',
  'tandems.meetings.contact.summaryHint': 'What was it about? Only the two of you read this text.',
  'tandems.meetings.contact.submit': 'Log the contact',

  'tandems.meetings.flash.planned': 'The meeting is planned. You both receive an email with the date.',
  'tandems.meetings.flash.changed': 'The meeting is changed. You both receive an email with the new date.',
  'tandems.meetings.flash.unchanged': 'You did not change anything.',
  'tandems.meetings.flash.cancelled': 'The meeting is cancelled. You both receive an email.',
  'tandems.meetings.flash.prepared': 'Your preparation is saved.',
  'tandems.meetings.flash.recorded': 'The record is saved.',
  'tandems.meetings.flash.recordedPast': 'The meeting has been added. Now record what you discussed.',
  'tandems.meetings.flash.recordedNext':
    'The record is saved and the next meeting is planned. You both receive an email with the date.',
  'tandems.meetings.flash.contact': 'The contact is logged.',

  'tandems.meetings.page.title': 'Meeting on {date}',
  'tandems.meetings.page.contactTitle': 'Contact on {date}',
  'tandems.meetings.page.details': 'Date and place',
  'tandems.meetings.page.contactDetails': 'Contact',
  'tandems.meetings.page.when': 'Date and time',
  'tandems.meetings.page.whenValue': '{date}, {time}',
  'tandems.meetings.page.duration': 'Duration',
  'tandems.meetings.page.format': 'Form',
  'tandems.meetings.page.location': 'Place or link',
  'tandems.meetings.page.noLocation': 'Not given',
  'tandems.meetings.page.status': 'Status',
  'tandems.meetings.page.ics': 'Add this meeting to your own calendar (.ics file)',
  'tandems.meetings.page.feed': 'Subscribe to all meetings in your own calendar',
  'tandems.meetings.page.cancelled': 'This meeting was cancelled.',
  'tandems.meetings.page.overdue':
    'This meeting has begun. Afterwards, record what you discussed – then it counts as held.',
  'tandems.meetings.page.recordLink': 'Write the record',

  'tandems.meetings.agenda.title': 'Agenda',
  'tandems.meetings.agenda.topics': 'Topics you set yourselves at the last meeting',
  'tandems.meetings.agenda.noTopics': 'No topics for this meeting were noted at the last meeting.',
  'tandems.meetings.agenda.todos': 'Open to-dos ({count})',
  'tandems.meetings.agenda.allTodos': 'See all to-dos',

  'tandems.meetings.prep.title': 'Preparation',
  'tandems.meetings.prep.hint':
    'Ten minutes of preparation can make a big difference: note your questions and topics and think about how things have developed since your last talk. You both – you and your tandem partner – see your notes on this page.',
  'tandems.meetings.prep.yours': 'Your preparation',
  'tandems.meetings.prep.partners': 'Preparation by {name}',
  'tandems.meetings.prep.none': '{name} has not noted anything yet.',
  'tandems.meetings.prep.noneOwn': 'You did not note anything.',
  'tandems.meetings.prep.questions': 'Questions',
  'tandems.meetings.prep.topics': 'Topics',
  'tandems.meetings.prep.changes': 'What has changed since the last meeting?',
  'tandems.meetings.prep.submit': 'Save preparation',

  'tandems.meetings.edit.title': 'Change or cancel the meeting',
  'tandems.meetings.edit.open': 'Change the date',
  'tandems.meetings.edit.hint':
    'You both receive an email with the new date. Calendars subscribed to your meetings pick up the change.',
  'tandems.meetings.edit.submit': 'Save the change and send the email',
  'tandems.meetings.cancel.title': 'Cancel the meeting',
  'tandems.meetings.cancel.hint':
    'You both receive an email. The cancelled meeting stays visible in the history. Best agree on a new date right away.',
  'tandems.meetings.cancel.submit': 'Cancel the meeting',
  'tandems.meetings.cancel.question': 'Do you really want to cancel the meeting on {date} at {time}?',
  'tandems.meetings.cancel.confirm': 'Yes, cancel the meeting',
  'tandems.meetings.cancel.back': 'No, back to the meeting',

  'tandems.meetings.record.title': 'Record',
  'tandems.meetings.record.recap': 'Topics discussed',
  'tandems.meetings.record.learnings': 'Learnings',
  'tandems.meetings.record.nextTopics': 'Topics for the next meeting',
  'tandems.meetings.record.todos': 'To-dos from this meeting',
  'tandems.meetings.record.noTodos': 'No to-dos were noted at this meeting.',
  'tandems.meetings.record.nothing': 'Nothing noted.',
  'tandems.meetings.record.by': 'Recorded on {date} by {name}',
  'tandems.meetings.record.at': 'Recorded on {date}',
  'tandems.meetings.record.edit': 'Edit the record or add to-dos',
  'tandems.meetings.record.logTime': 'Log the time for this meeting',

  'tandems.meetings.recordPage.title': 'Record of the meeting on {date}',
  'tandems.meetings.recordPage.back': 'Back to the meeting',
  'tandems.meetings.recordPage.lead':
    'After the meeting, note what you discussed – as the guide’s checklist recommends. Only the two of you read the record.',
  'tandems.meetings.recordPage.future':
    'This meeting is still in the future. You can write the record once it has begun.',
  'tandems.meetings.recordPage.existingTodos': 'To-dos already noted at this meeting',
  'tandems.meetings.recordPage.recapHint': 'Recap the topics of the meeting.',
  'tandems.meetings.recordPage.learningsHint': 'What do you take away from the talk?',
  'tandems.meetings.recordPage.todosLegend': 'To-dos until the next meeting',
  'tandems.meetings.recordPage.todosHint':
    'Write down concrete tasks to be done by the next meeting. Empty rows are not saved; you can add more to-dos at any time under “To-dos”.',
  'tandems.meetings.recordPage.todoTitle': 'What needs doing?',
  'tandems.meetings.recordPage.todoLegend': 'To-do {n}',
  'tandems.meetings.recordPage.nextTopicsHint': 'What would you like to discuss next time?',
  'tandems.meetings.recordPage.nextLegend': 'Next date',
  'tandems.meetings.recordPage.nextHint':
    'Have you already agreed on the next date? Then enter it here: it is planned with the record, and you both receive an email. Leave the fields empty if no date is set yet.',
  'tandems.meetings.recordPage.submit': 'Save the record',
  'tandems.meetings.recordPage.cancelled': 'This meeting was cancelled. A cancelled meeting has no record.',

  'tandems.meetings.next.title': 'Next meeting',
  'tandems.meetings.next.when': '{date}, {time} · {format}',
  'tandems.meetings.next.location': 'Place or link: {location}',
  'tandems.meetings.next.overdue': 'This meeting has already begun.',
  'tandems.meetings.next.open': 'Open and prepare the meeting',
  'tandems.meetings.next.view': 'View the meeting',
  'tandems.meetings.next.later': 'Planned after that',
  'tandems.meetings.next.none':
    'No meeting is planned at the moment. The guide recommends agreeing on the next date at the end of every talk.',
  'tandems.meetings.next.plan': 'Plan a meeting',
  'tandems.meetings.next.contact': 'Log a contact by phone or email',

  'tandems.meetings.history.title': 'Past meetings and contacts',
  'tandems.meetings.history.none': 'No meetings or contacts recorded yet.',
  'tandems.meetings.history.caption': 'Past meetings and contacts, newest first ({count})',
  'tandems.meetings.history.captionLatest':
    'The latest {shown} of {total} meetings and contacts, newest first',
  'tandems.meetings.history.all': 'See all {total} meetings and contacts',
  'tandems.meetings.historyPage.title': 'All meetings and contacts with {name}',
  'tandems.meetings.historyPage.back': 'Back to the tandem',
  'tandems.meetings.history.date': 'Date',
  'tandems.meetings.history.kind': 'Kind',
  'tandems.meetings.history.format': 'Form',
  'tandems.meetings.history.status': 'Status',
  'tandems.meetings.history.when': '{date}, {time}',

  'tandems.meetings.ended.title': 'This tandem has ended',
  'tandems.meetings.ended.text':
    'In an ended tandem, meetings can no longer be planned or recorded and to-dos can no longer be ticked off. You can still read everything.',
  'tandems.meetings.ended.back': 'Back to the tandem',
  'tandems.meetings.conflict.title': 'This meeting can no longer be changed',
  'tandems.meetings.conflict.text':
    'The meeting has been cancelled or held in the meantime – perhaps by your tandem partner. Your change was not saved.',
  'tandems.meetings.conflict.back': 'To the meeting',

  'tandems.meetings.error.date.required': 'Please enter the date of the meeting.',
  'tandems.meetings.error.date.invalid':
    'Please enter the date of the meeting as DD.MM.YYYY, for example 03.12.2026.',
  'tandems.meetings.error.date.past': 'This date is in the past. Please choose a date in the future.',
  'tandems.meetings.error.time.required': 'Please enter the time of the meeting.',
  'tandems.meetings.error.time.invalid': 'Please enter the time of the meeting as HH:MM, for example 14:30.',
  'tandems.meetings.error.duration.invalid':
    'Please enter the duration of the meeting in whole minutes, between 1 and 1440.',
  'tandems.meetings.error.format.required': 'Please choose how you will meet.',
  'tandems.meetings.error.location.tooLong': 'The place or link may be at most 500 characters long.',
  'tandems.meetings.error.questions.tooLong': 'Your questions may be at most 5000 characters long.',
  'tandems.meetings.error.topics.tooLong': 'Your topics may be at most 5000 characters long.',
  'tandems.meetings.error.changes.tooLong': 'Your note on changes may be at most 5000 characters long.',
  'tandems.meetings.error.contactDate.required': 'Please enter the date of the contact.',
  'tandems.meetings.error.contactDate.invalid':
    'Please enter the date of the contact as DD.MM.YYYY, for example 03.12.2026.',
  'tandems.meetings.error.contactDate.future':
    'This contact is in the future. Please enter when you were in contact.',
  'tandems.meetings.error.contactTime.invalid':
    'Please enter the time of the contact as HH:MM, for example 14:30, or leave the field empty.',
  'tandems.meetings.error.contactDuration.invalid':
    'Please enter the duration of the contact in whole minutes, between 1 and 1440.',
  'tandems.meetings.error.contactFormat.required': 'Please choose whether you talked on the phone or wrote.',
  'tandems.meetings.error.summary.required': 'Please summarise the contact briefly.',
  'tandems.meetings.error.summary.tooLong': 'The summary may be at most 2000 characters long.',
  'tandems.meetings.error.recap.tooLong': 'The topics discussed may be at most 5000 characters long.',
  'tandems.meetings.error.learnings.tooLong': 'The learnings may be at most 5000 characters long.',
  'tandems.meetings.error.nextTopics.tooLong':
    'The topics for the next meeting may be at most 5000 characters long.',
  'tandems.meetings.error.record.future':
    'This meeting has not taken place yet. You can write the record once it has begun.',
  'tandems.meetings.error.todo1.title': 'To-do 1: Please describe the to-do in at most 300 characters.',
  'tandems.meetings.error.todo1.owner': 'To-do 1: Please choose who is responsible.',
  'tandems.meetings.error.todo1.due': 'To-do 1: Please enter the due date as DD.MM.YYYY or leave it empty.',
  'tandems.meetings.error.todo2.title': 'To-do 2: Please describe the to-do in at most 300 characters.',
  'tandems.meetings.error.todo2.owner': 'To-do 2: Please choose who is responsible.',
  'tandems.meetings.error.todo2.due': 'To-do 2: Please enter the due date as DD.MM.YYYY or leave it empty.',
  'tandems.meetings.error.todo3.title': 'To-do 3: Please describe the to-do in at most 300 characters.',
  'tandems.meetings.error.todo3.owner': 'To-do 3: Please choose who is responsible.',
  'tandems.meetings.error.todo3.due': 'To-do 3: Please enter the due date as DD.MM.YYYY or leave it empty.',
  'tandems.meetings.error.todo4.title': 'To-do 4: Please describe the to-do in at most 300 characters.',
  'tandems.meetings.error.todo4.owner': 'To-do 4: Please choose who is responsible.',
  'tandems.meetings.error.todo4.due': 'To-do 4: Please enter the due date as DD.MM.YYYY or leave it empty.',
  'tandems.meetings.error.nextDate.required': 'Next date: please enter the date.',
  'tandems.meetings.error.nextDate.invalid':
    'Next date: please enter the date as DD.MM.YYYY, for example 03.12.2026.',
  'tandems.meetings.error.nextDate.past':
    'Next date: this date is in the past. Please choose a date in the future.',
  'tandems.meetings.error.nextTime.required': 'Next date: please enter the time.',
  'tandems.meetings.error.nextTime.invalid': 'Next date: please enter the time as HH:MM, for example 14:30.',
  'tandems.meetings.error.nextDuration.invalid':
    'Next date: please enter the duration in whole minutes, between 1 and 1440.',
  'tandems.meetings.error.nextFormat.required': 'Next date: please choose how you will meet.',
  'tandems.meetings.error.nextLocation.tooLong':
    'Next date: the place or link may be at most 500 characters long.',

  'tandems.meetings.mail.action': 'See the meeting',
  'tandems.meetings.mail.confidential':
    'To protect your tandem, this email contains no contents. You find the place, preparation and agenda on the meeting’s page after signing in.',
  'tandems.meetings.mail.planned.subject': 'New tandem meeting on {date}',
  'tandems.meetings.mail.planned.body':
    'a meeting is planned in your tandem in the programme “{programme}”: on {date} at {time}.',
  'tandems.meetings.mail.changed.subject': 'Changed: tandem meeting on {date}',
  'tandems.meetings.mail.changed.body':
    'a meeting in your tandem in the programme “{programme}” was changed. It now takes place on {date} at {time}.',
  'tandems.meetings.mail.cancelled.subject': 'Cancelled: tandem meeting on {date}',
  'tandems.meetings.mail.cancelled.body':
    'the meeting in your tandem in the programme “{programme}” on {date} at {time} was cancelled.',
  'tandems.meetings.mail.cancelled.next': 'Best agree on a new date right away.',
  'tandems.meetings.mail.reminder.subject': 'Reminder: your tandem meeting tomorrow at {time}',
  'tandems.meetings.mail.reminder.body':
    'tomorrow, {date} at {time}, your tandem meeting in the programme “{programme}” takes place.',
  'tandems.meetings.mail.reminder.prepare':
    'Ten minutes of preparation can make a big difference: note your questions and topics and think about how things have developed since your last talk. You can keep your notes on the meeting’s page.',
};
