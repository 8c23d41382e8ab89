/** Notifications: the list, the header's count, the settings, and the mails sent at once. */
export const notifications = {
  'notifications.nav': 'Notifications',
  'notifications.nav.unread': '{count} unread',
  'notifications.page.title': 'Notifications',
  'notifications.page.lead': 'News from the exchange that concerns you: answers, comments and mentions.',
  'notifications.empty':
    'You have no notifications yet. As soon as someone answers your questions or mentions you, you will find it here.',
  'notifications.unread': 'Unread',
  'notifications.unreadCount': '{count, plural, one {# unread notification} other {# unread notifications}}',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.flash.allRead': 'All notifications are marked as read.',
  'notifications.settingsLink': 'Choose how often we write to you',
  'notifications.actor.unknown': 'A former member',
  'notifications.thread.unknown': 'untitled',
  'notifications.sentence.answer': '{actor} answered your question “{thread}”',
  'notifications.sentence.followed': '{actor} answered in “{thread}”, which you follow',
  'notifications.sentence.comment': '{actor} commented on your answer in “{thread}”',
  'notifications.sentence.solution': '{actor} marked your answer in “{thread}” as the solution',
  'notifications.sentence.mention': '{actor} mentioned you in “{thread}”',
  'notifications.sentence.expert_question': '{actor} asks about one of your topics: “{thread}”',
  'notifications.sentence.tip_proposed':
    '{actor} would like to publish your answer as the practical tip “{thread}”: do you agree?',
  'notifications.sentence.tip_declined':
    'The proposal “{thread}” will not become a practical tip: its author declined',
  'notifications.sentence.tip_published': 'Your practical tip “{thread}” is published',
  'notifications.sentence.tip_returned': 'Your practical tip “{thread}” needs another revision: {note}',
  'notifications.sentence.tip_rejected': 'Your practical tip “{thread}” will not be published: {note}',
  'notifications.sentence.other': 'News in “{thread}”',
  'notifications.settings.title': 'Notifications',
  'notifications.settings.lead':
    'In the exchange you hear about answers to your questions, comments and mentions. Here you choose how often we write to you about them.',
  'notifications.settings.account': 'Choose here how often we write to you about news in the exchange.',
  'notifications.settings.mail': 'How often would you like to receive emails about news in the exchange?',
  'notifications.settings.mail.hint': 'The list of notifications shows everything new, whatever you choose.',
  'notifications.settings.mail.immediate': 'Immediately',
  'notifications.settings.mail.daily': 'Daily, as a summary',
  'notifications.settings.mail.weekly': 'Weekly, as a summary (recommended)',
  'notifications.settings.mail.never': 'Never',
  'notifications.settings.expert': 'Questions about my topics',
  'notifications.settings.expert.hint': 'As a mentor, you hear about new questions on the topics you offer.',
  'notifications.settings.expert.on': 'Yes',
  'notifications.settings.expert.weekly': 'At most one a week',
  'notifications.settings.expert.off': 'No',
  'notifications.settings.save': 'Save settings',
  'notifications.settings.back': 'Back to your account',
  'notifications.flash.saved': 'Your notification settings are saved.',
  'notifications.error.mail': 'Please choose how often you would like to receive emails.',
  'notifications.error.expert':
    'Please choose whether you would like to receive questions about your topics.',
  'notifications.mail.subject.answer': 'New answer to your question “{thread}”',
  'notifications.mail.subject.followed': 'New answer in “{thread}”',
  'notifications.mail.subject.comment': 'New comment on your answer in “{thread}”',
  'notifications.mail.subject.solution': 'Your answer in “{thread}” is the solution',
  'notifications.mail.subject.mention': 'You were mentioned in “{thread}”',
  'notifications.mail.subject.expert_question': 'A question about your topics: “{thread}”',
  'notifications.mail.subject.tip_proposed': 'May your answer become a practical tip?',
  'notifications.mail.subject.tip_declined': 'The proposal “{thread}” will not become a practical tip',
  'notifications.mail.subject.tip_published': 'Your practical tip “{thread}” is published',
  'notifications.mail.subject.tip_returned': 'Your practical tip “{thread}”: please revise',
  'notifications.mail.subject.tip_rejected': 'Your practical tip “{thread}” will not be published',
  'notifications.mail.subject.other': 'News in the exchange: “{thread}”',
  'notifications.mail.body.answer': 'There is a new answer to your question “{thread}” in the exchange.',
  'notifications.mail.body.followed':
    'There is a new answer in “{thread}”, which you follow in the exchange.',
  'notifications.mail.body.comment': 'Your answer in “{thread}” has a new comment.',
  'notifications.mail.body.solution':
    'Your answer in “{thread}” was marked as the solution. Thank you for your help!',
  'notifications.mail.body.mention': 'You were mentioned in “{thread}” in the exchange.',
  'notifications.mail.body.expert_question':
    'There is a new question in the exchange about one of the topics you offer as a mentor: “{thread}”.',
  'notifications.mail.body.tip_proposed':
    'Your answer was marked as the solution and is to appear as the practical tip “{thread}” for everyone in the exchange. It is your decision: in the exchange you can read the draft, change it, and agree or decline.',
  'notifications.mail.body.tip_declined':
    'The proposal “{thread}” will not become a practical tip: its author declined.',
  'notifications.mail.body.tip_published':
    'Your practical tip “{thread}” can now be read by everyone in the exchange. Thank you for sharing your experience!',
  'notifications.mail.body.tip_returned':
    'The coordinators ask you to revise your practical tip “{thread}”: {note}',
  'notifications.mail.body.tip_rejected':
    'The coordinators will not publish your practical tip “{thread}”: {note}',
  'notifications.mail.body.other': 'There is news in “{thread}” in the exchange.',
  'notifications.mail.action': 'View in the exchange',
  'notifications.mail.settings':
    'You receive this email because you chose “Immediately”. You can change this under “Account” → “Notifications”.',
  'notifications.mail.unsubscribe': 'Stop receiving emails from the exchange',
  'notifications.digest.subject':
    'News in the exchange: {count, plural, one {# notification} other {# notifications}}',
  'notifications.digest.intro.daily':
    'here is your daily summary: there is news for you in the exchange that you have not read yet.',
  'notifications.digest.intro.weekly':
    'here is your weekly summary: there is news for you in the exchange that you have not read yet.',
  'notifications.digest.action': 'View all notifications',
  'notifications.digest.more':
    '{more, plural, one {You will find one more notification} other {You will find # more notifications}} in your list in the exchange.',
  'notifications.digest.why.daily':
    'You receive this summary daily because you chose so. You can change this under “Account” → “Notifications”.',
  'notifications.digest.why.weekly':
    'You receive this summary once a week. You can change this under “Account” → “Notifications”.',
  'notifications.unsubscribe.title': 'Unsubscribe from emails of the exchange',
  'notifications.unsubscribe.lead':
    'Would you like to stop receiving emails about news in the exchange? You will still see your notifications when you are signed in.',
  'notifications.unsubscribe.confirm': 'Stop sending emails',
  'notifications.unsubscribe.alternative':
    'If you only want fewer emails, sign in and choose a daily or weekly summary under “Account” → “Notifications”.',
  'notifications.unsubscribe.done.title': 'Unsubscribed',
  'notifications.unsubscribe.done':
    'You will no longer receive emails from the exchange. You can change this at any time under “Account” → “Notifications”.',
  'notifications.unsubscribe.done.settings': 'Go to the notification settings',
  'notifications.unsubscribe.bad.title': 'This link does not work',
  'notifications.unsubscribe.bad':
    'The unsubscribe link is incomplete or has been altered. Please open it again in full from the email. When signed in, you can also choose under “Account” → “Notifications” whether and how often we write to you.',
} as const;
