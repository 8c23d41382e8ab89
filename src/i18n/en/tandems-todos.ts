import type { tandemsTodos as de } from '../de/tandems-todos.ts';

export const tandemsTodos: Record<keyof typeof de, string> = {
  'tandems.todos.owner.mentee': 'Mentee',
  'tandems.todos.owner.mentor': 'Mentor',
  'tandems.todos.owner.both': 'Both',
  'tandems.todos.none': 'No to-dos are open at the moment.',
  'tandems.todos.section.title': 'Open to-dos',
  'tandems.todos.section.all': 'See all to-dos and add new ones',
  'tandems.todos.section.mostUrgent': 'The {shown} most urgent of {total} open to-dos:',
  'tandems.todos.page.title': 'To-dos',
  'tandems.todos.page.lead':
    'Concrete tasks you do by the next meeting. Open to-dos are on the agenda of the next meeting.',
  'tandems.todos.page.open': 'Open to-dos ({count})',
  'tandems.todos.page.done': 'Done to-dos ({count})',
  'tandems.todos.page.noneDone': 'No to-do done yet.',
  'tandems.todos.add.title': 'New to-do',
  'tandems.todos.add.submit': 'Add the to-do',
  'tandems.todos.field.title': 'To-do',
  'tandems.todos.field.titleHint': 'For example: read the funding call and note questions',
  'tandems.todos.field.owner': 'Responsible',
  'tandems.todos.field.due': 'Due on',
  'tandems.todos.field.dueHint': 'For example 15.12.2026',
  'tandems.todos.item.owner': 'Responsible: {owner}',
  'tandems.todos.item.due': 'due on {date}',
  'tandems.todos.item.overdue': 'Overdue since {date}',
  'tandems.todos.item.done': 'done on {date}',
  'tandems.todos.item.doneShort': 'done',
  'tandems.todos.item.markDone': 'Mark as done',
  'tandems.todos.item.reopen': 'Reopen',
  'tandems.todos.live.done': 'To-do done: {title}',
  'tandems.todos.live.reopened': 'To-do open again: {title}',
  'tandems.todos.flash.added': 'The to-do is added.',
  'tandems.todos.flash.done': 'To-do done.',
  'tandems.todos.flash.reopened': 'The to-do is open again.',
  'tandems.todos.error.toggle': 'We could not save this change to the to-do. Please try again.',
  'tandems.todos.error.title.required': 'Please describe the to-do.',
  'tandems.todos.error.title.tooLong': 'The to-do may be at most 300 characters long.',
  'tandems.todos.error.owner.required': 'Please choose who is responsible for the to-do.',
  'tandems.todos.error.due.invalid':
    'Please enter the due date as DD.MM.YYYY, for example 15.12.2026, or leave it empty.',

  'tandems.calendar.page.title': 'Meetings in your own calendar',
  'tandems.calendar.page.lead':
    'Subscribe to your tandem meetings in Outlook, Thunderbird or another calendar program. New, changed and cancelled meetings appear there by themselves.',
  'tandems.calendar.page.back': 'Back to your tandems',
  'tandems.calendar.page.address': 'Your personal calendar address',
  'tandems.calendar.page.addressLabel': 'Address to subscribe to',
  'tandems.calendar.page.addressHint': 'Select and copy the whole address.',
  'tandems.calendar.page.secret':
    'Treat this address like a password: anyone who knows it sees your meetings with place and the names of your tandem partners. Do not pass it on.',
  'tandems.calendar.page.refresh':
    'Calendar programs check at their own intervals, often hourly, so a change may appear a little later.',
  'tandems.calendar.outlook.title': 'Subscribe in Outlook',
  'tandems.calendar.outlook.step1': 'Copy the address above.',
  'tandems.calendar.outlook.step2':
    'In Outlook, open the calendar and choose “Add calendar”, then “Subscribe from web” (in older versions: “Open calendar” › “From Internet”).',
  'tandems.calendar.outlook.step3': 'Paste the address, give the calendar a name and confirm.',
  'tandems.calendar.thunderbird.title': 'Subscribe in Thunderbird',
  'tandems.calendar.thunderbird.step1': 'Copy the address above.',
  'tandems.calendar.thunderbird.step2': 'In the calendar, choose “New calendar”, then “On the network”.',
  'tandems.calendar.thunderbird.step3':
    'Paste the address as “Location”, choose “Next” and subscribe to the calendar found.',
  'tandems.calendar.renew.title': 'Renew the address',
  'tandems.calendar.renew.hint':
    'Did you pass the address on by mistake? Renew it: the old address stops working at once, and you need to enter the new one in your calendar program.',
  'tandems.calendar.renew.submit': 'Renew the address',
  'tandems.calendar.flash.renewed':
    'Your calendar address is renewed. The old address no longer works; please enter the new one in your calendar program.',
  'tandems.calendar.ics.feedName': 'Tandem meetings (klimatandem)',
  'tandems.calendar.ics.meetingName': 'Tandem meeting',
  'tandems.calendar.ics.summary': 'Tandem meeting with {name}',
  'tandems.calendar.ics.description': 'Agenda, preparation and record: {url}',
};
