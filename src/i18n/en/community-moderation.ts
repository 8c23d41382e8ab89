/** Moderation of the community area: reports, the queue, the moderators' actions, approval of first posts. */
export const communityModeration = {
  'nav.moderation': 'Moderation',
  'coordination.about.moderation':
    'Review reported posts in the community area and approve the first posts of new participants.',

  'moderation.report.link': 'Report',
  'moderation.report.title': 'Report a post',
  'moderation.report.lead': 'The moderators look at reported posts. The author is not told who reported it.',
  'moderation.report.excerpt': 'The post',
  'moderation.report.reason': 'Why are you reporting this post?',
  'moderation.report.reason.spam': 'Advertising or spam',
  'moderation.report.reason.offensive': 'Offensive or disrespectful',
  'moderation.report.reason.confidential':
    'Contains something confidential, e.g. from a tandem or about people',
  'moderation.report.reason.off_topic': 'Does not belong in the community area',
  'moderation.report.reason.other': 'Something else',
  'moderation.report.note': 'What else should the moderators know?',
  'moderation.report.noteHint': 'Optional, at most 500 characters.',
  'moderation.report.submit': 'Report post',
  'moderation.report.thanks': 'Thank you, the moderators will look at the post.',
  'moderation.report.error.reason': 'Please choose a reason.',
  'moderation.report.error.note': 'The note may be at most 500 characters long.',
  'moderation.report.error.tooMany':
    'You have already reported ten posts in the last hour. Please try again in an hour; your note is still below.',

  'moderation.queue.title': 'Moderation',
  'moderation.queue.lead':
    'Reported posts and posts waiting for approval in the spaces you moderate. Oldest first.',
  'moderation.queue.space': 'Space: {space}',
  'moderation.queue.reports': 'Reported posts',
  'moderation.queue.reports.none': 'No open reports.',
  'moderation.queue.pending': 'Waiting for approval',
  'moderation.queue.pending.none': 'No posts are waiting for approval.',
  'moderation.queue.count': '{count, plural, one {# report} other {# reports}}',
  'moderation.queue.reasons': 'Reasons',
  'moderation.queue.notes': 'Notes',
  'moderation.queue.in': 'in “{thread}”',
  'moderation.queue.open': 'View post',
  'moderation.queue.by': 'by {name}',
  'moderation.queue.since': 'since {at}',

  'moderation.action.hide': 'Hide',
  'moderation.action.restore': 'Show again',
  'moderation.action.keep': 'Keep (report done)',
  'moderation.action.edit': 'Edit',
  'moderation.action.approve': 'Approve',
  'moderation.action.reject': 'Reject',
  'moderation.action.lock': 'Close question',
  'moderation.action.unlock': 'Reopen question',
  'moderation.action.move': 'Move',
  'moderation.actions': 'Moderation',

  'moderation.hide.title': 'Hide post',
  'moderation.hide.lead':
    'Afterwards only the moderators see the post, and search no longer finds it. The author is told, with your reason.',
  'moderation.reject.title': 'Do not approve post',
  'moderation.reject.lead': 'The post will not be published. The author is told, with your reason.',
  'moderation.edit.title': 'Edit post',
  'moderation.edit.lead':
    'The earlier version stays in the history; the post shows “edited”. The author is told, with your reason.',
  'moderation.field.text': 'Text',
  'moderation.field.note': 'Reason for the author of the post',
  'moderation.field.noteHint': 'Factual and friendly, at most 500 characters.',
  'moderation.hide.submit': 'Hide',
  'moderation.reject.submit': 'Do not approve',
  'moderation.edit.submit': 'Save change',
  'moderation.cancel': 'Cancel',
  'moderation.error.note.required': 'Please give a reason for your decision.',
  'moderation.error.note.tooLong': 'The reason may be at most 500 characters long.',

  'moderation.move.title': 'Move question',
  'moderation.move.lead': 'To another space you moderate. Topics that do not exist there are removed.',
  'moderation.move.target': 'New space',
  'moderation.move.submit': 'Move',
  'moderation.move.none': 'You moderate no other space this question could be moved to.',
  'moderation.error.target': 'Please choose one of the spaces in the list.',

  'moderation.thread.closed': 'This question is closed.',
  'moderation.thread.closedDiscussion': 'This discussion is closed.',
  'moderation.thread.waiting':
    'Your post is waiting for approval by the moderators. Once it is approved, the others see it too.',

  'moderation.flash.hidden': 'The post is hidden.',
  'moderation.flash.restored': 'The post is visible again.',
  'moderation.flash.kept': 'The post stays; the reports are done.',
  'moderation.flash.edited': 'The post is changed.',
  'moderation.flash.approved': 'The post is approved.',
  'moderation.flash.rejected': 'The post is not approved.',
  'moderation.flash.locked': 'The question is closed: no more answers can be given.',
  'moderation.flash.unlocked': 'The question is open again.',
  'moderation.flash.moved': 'The question is moved.',
  'moderation.flash.pending': 'Your post is saved and waiting for approval by the moderators.',

  'moderation.setting.approval': 'Approve first posts in the community area',
  'moderation.setting.approvalHint':
    'The first two posts of new participants appear only once the moderators have approved them.',

  'notifications.sentence.moderation_hidden': 'The moderators hid your post in “{thread}”. Reason: {note}',
  'notifications.sentence.moderation_restored': 'The moderators showed your post in “{thread}” again',
  'notifications.sentence.moderation_edited': 'The moderators edited your post in “{thread}”. Reason: {note}',
  'notifications.sentence.moderation_approved': 'Your post in “{thread}” is approved',
  'notifications.sentence.moderation_rejected': 'Your post in “{thread}” was not approved. Reason: {note}',
  'notifications.sentence.moderation_locked': 'The moderators closed “{thread}”',
  'notifications.sentence.moderation_unlocked': 'The moderators reopened “{thread}”',
  'notifications.sentence.moderation_moved': 'The moderators moved “{thread}” to another space',
  'notifications.mail.subject.moderation_hidden': 'Your post in “{thread}” is hidden',
  'notifications.mail.subject.moderation_restored': 'Your post in “{thread}” is visible again',
  'notifications.mail.subject.moderation_edited': 'Your post in “{thread}” was edited',
  'notifications.mail.subject.moderation_approved': 'Your post in “{thread}” is approved',
  'notifications.mail.subject.moderation_rejected': 'Your post in “{thread}” was not approved',
  'notifications.mail.subject.moderation_locked': '“{thread}” is closed',
  'notifications.mail.subject.moderation_unlocked': '“{thread}” is open again',
  'notifications.mail.subject.moderation_moved': '“{thread}” was moved',
  'notifications.mail.body.moderation_hidden':
    'The moderators hid your post in “{thread}” in the community area. Reason: {note}',
  'notifications.mail.body.moderation_restored':
    'The moderators showed your post in “{thread}” in the community area again.',
  'notifications.mail.body.moderation_edited':
    'The moderators edited your post in “{thread}” in the community area. Reason: {note}',
  'notifications.mail.body.moderation_approved':
    'The moderators approved your post in “{thread}”: now everyone in the community area sees it.',
  'notifications.mail.body.moderation_rejected':
    'The moderators did not approve your post in “{thread}”. Reason: {note}',
  'notifications.mail.body.moderation_locked':
    'The moderators closed “{thread}” in the community area: no more answers can be given.',
  'notifications.mail.body.moderation_unlocked': 'The moderators reopened “{thread}” in the community area.',
  'notifications.mail.body.moderation_moved':
    'The moderators moved “{thread}” in the community area to another space.',
} as const;
