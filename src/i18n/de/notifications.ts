/** Benachrichtigungen: the list, the header's count, the settings, and the mails sent at once. */
export const notifications = {
  'notifications.nav': 'Benachrichtigungen',
  'notifications.nav.unread': '{count} ungelesen',
  'notifications.page.title': 'Benachrichtigungen',
  'notifications.page.lead':
    'Neues aus dem Austausch, das Sie betrifft: Antworten, Kommentare und Erwähnungen.',
  'notifications.empty':
    'Sie haben noch keine Benachrichtigungen. Sobald jemand auf Ihre Fragen antwortet oder Sie erwähnt, erfahren Sie es hier.',
  'notifications.unread': 'Ungelesen',
  'notifications.unreadCount':
    '{count, plural, one {# ungelesene Benachrichtigung} other {# ungelesene Benachrichtigungen}}',
  'notifications.markAllRead': 'Alle als gelesen markieren',
  'notifications.flash.allRead': 'Alle Benachrichtigungen sind als gelesen markiert.',
  'notifications.settingsLink': 'Einstellen, wie oft wir Ihnen schreiben',
  'notifications.actor.unknown': 'Ein ehemaliges Mitglied',
  'notifications.thread.unknown': 'ohne Titel',
  'notifications.sentence.answer': '{actor} hat auf Ihre Frage „{thread}“ geantwortet',
  'notifications.sentence.followed': '{actor} hat in „{thread}“ geantwortet, dem Sie folgen',
  'notifications.sentence.comment': '{actor} hat Ihre Antwort in „{thread}“ kommentiert',
  'notifications.sentence.solution': '{actor} hat Ihre Antwort in „{thread}“ als Lösung markiert',
  'notifications.sentence.mention': '{actor} hat Sie in „{thread}“ erwähnt',
  'notifications.sentence.expert_question': '{actor} fragt zu einem Ihrer Themen: „{thread}“',
  'notifications.sentence.tip_proposed':
    '{actor} möchte Ihre Antwort als Praxistipp „{thread}“ veröffentlichen: Stimmen Sie zu?',
  'notifications.sentence.tip_declined':
    'Der Vorschlag „{thread}“ wird kein Praxistipp: Die Autorin oder der Autor hat abgelehnt',
  'notifications.sentence.tip_published': 'Ihr Praxistipp „{thread}“ ist veröffentlicht',
  'notifications.sentence.tip_returned': 'Ihr Praxistipp „{thread}“ braucht noch eine Überarbeitung: {note}',
  'notifications.sentence.tip_rejected': 'Ihr Praxistipp „{thread}“ wird nicht veröffentlicht: {note}',
  'notifications.sentence.other': 'Neues in „{thread}“',
  'notifications.settings.title': 'Benachrichtigungen',
  'notifications.settings.lead':
    'Im Austausch erfahren Sie von Antworten auf Ihre Fragen, Kommentaren und Erwähnungen. Hier stellen Sie ein, wie oft wir Ihnen darüber schreiben.',
  'notifications.settings.account':
    'Wie oft wir Ihnen über Neues im Austausch schreiben, stellen Sie hier ein.',
  'notifications.settings.mail': 'Wie oft möchten Sie E-Mails über Neues im Austausch erhalten?',
  'notifications.settings.mail.hint':
    'In der Liste der Benachrichtigungen sehen Sie alles Neue, wie auch immer Sie wählen.',
  'notifications.settings.mail.immediate': 'Sofort',
  'notifications.settings.mail.daily': 'Täglich als Zusammenfassung',
  'notifications.settings.mail.weekly': 'Wöchentlich als Zusammenfassung (empfohlen)',
  'notifications.settings.mail.never': 'Nie',
  'notifications.settings.expert': 'Fragen zu meinen Themen',
  'notifications.settings.expert.hint':
    'Als Mentor*in erfahren Sie von neuen Fragen zu den Themen, die Sie anbieten.',
  'notifications.settings.expert.on': 'Ja',
  'notifications.settings.expert.weekly': 'Höchstens eine pro Woche',
  'notifications.settings.expert.off': 'Nein',
  'notifications.settings.save': 'Einstellungen speichern',
  'notifications.settings.back': 'Zurück zum Konto',
  'notifications.flash.saved': 'Ihre Einstellungen zu Benachrichtigungen sind gespeichert.',
  'notifications.error.mail': 'Bitte wählen Sie, wie oft Sie E-Mails erhalten möchten.',
  'notifications.error.expert': 'Bitte wählen Sie, ob Sie Fragen zu Ihren Themen erhalten möchten.',
  'notifications.mail.subject.answer': 'Neue Antwort auf Ihre Frage „{thread}“',
  'notifications.mail.subject.followed': 'Neue Antwort in „{thread}“',
  'notifications.mail.subject.comment': 'Neuer Kommentar zu Ihrer Antwort in „{thread}“',
  'notifications.mail.subject.solution': 'Ihre Antwort in „{thread}“ ist die Lösung',
  'notifications.mail.subject.mention': 'Sie wurden in „{thread}“ erwähnt',
  'notifications.mail.subject.expert_question': 'Eine Frage zu Ihren Themen: „{thread}“',
  'notifications.mail.subject.tip_proposed': 'Darf Ihre Antwort ein Praxistipp werden?',
  'notifications.mail.subject.tip_declined': 'Der Vorschlag „{thread}“ wird kein Praxistipp',
  'notifications.mail.subject.tip_published': 'Ihr Praxistipp „{thread}“ ist veröffentlicht',
  'notifications.mail.subject.tip_returned': 'Ihr Praxistipp „{thread}“: bitte überarbeiten',
  'notifications.mail.subject.tip_rejected': 'Ihr Praxistipp „{thread}“ wird nicht veröffentlicht',
  'notifications.mail.subject.other': 'Neues im Austausch: „{thread}“',
  'notifications.mail.body.answer': 'Auf Ihre Frage „{thread}“ im Austausch gibt es eine neue Antwort.',
  'notifications.mail.body.followed':
    'In „{thread}“, dem Sie im Austausch folgen, gibt es eine neue Antwort.',
  'notifications.mail.body.comment': 'Ihre Antwort in „{thread}“ hat einen neuen Kommentar.',
  'notifications.mail.body.solution':
    'Ihre Antwort in „{thread}“ wurde als Lösung markiert. Vielen Dank für Ihre Hilfe!',
  'notifications.mail.body.mention': 'Sie wurden im Austausch in „{thread}“ erwähnt.',
  'notifications.mail.body.expert_question':
    'Im Austausch gibt es eine neue Frage zu einem der Themen, die Sie als Mentor*in anbieten: „{thread}“.',
  'notifications.mail.body.tip_proposed':
    'Ihre Antwort wurde als Lösung markiert und soll als Praxistipp „{thread}“ für alle im Austausch erscheinen. Sie entscheiden: Im Austausch können Sie den Entwurf ansehen, ändern und zustimmen oder ablehnen.',
  'notifications.mail.body.tip_declined':
    'Aus dem Vorschlag „{thread}“ wird kein Praxistipp: Die Autorin oder der Autor hat abgelehnt.',
  'notifications.mail.body.tip_published':
    'Ihr Praxistipp „{thread}“ ist jetzt im Austausch für alle zu lesen. Vielen Dank, dass Sie Ihre Erfahrung teilen!',
  'notifications.mail.body.tip_returned':
    'Die Koordination bittet Sie, Ihren Praxistipp „{thread}“ zu überarbeiten: {note}',
  'notifications.mail.body.tip_rejected':
    'Die Koordination veröffentlicht Ihren Praxistipp „{thread}“ nicht: {note}',
  'notifications.mail.body.other': 'Im Austausch gibt es Neues in „{thread}“.',
  'notifications.mail.action': 'Im Austausch ansehen',
  'notifications.mail.settings':
    'Sie erhalten diese E-Mail, weil Sie „Sofort“ gewählt haben. Unter „Konto“ → „Benachrichtigungen“ können Sie das ändern.',
  'notifications.mail.unsubscribe': 'Keine E-Mails mehr aus dem Austausch erhalten',
  'notifications.digest.subject':
    'Neues im Austausch: {count, plural, one {# Benachrichtigung} other {# Benachrichtigungen}}',
  'notifications.digest.intro.daily':
    'hier ist Ihre tägliche Zusammenfassung: Im Austausch gibt es Neues für Sie, das Sie noch nicht gelesen haben.',
  'notifications.digest.intro.weekly':
    'hier ist Ihre wöchentliche Zusammenfassung: Im Austausch gibt es Neues für Sie, das Sie noch nicht gelesen haben.',
  'notifications.digest.action': 'Alle Benachrichtigungen ansehen',
  'notifications.digest.more':
    '{more, plural, one {Eine weitere Benachrichtigung finden Sie} other {# weitere Benachrichtigungen finden Sie}} in Ihrer Liste im Austausch.',
  'notifications.digest.why.daily':
    'Sie erhalten diese Zusammenfassung täglich, weil Sie das so eingestellt haben. Unter „Konto“ → „Benachrichtigungen“ können Sie das ändern.',
  'notifications.digest.why.weekly':
    'Sie erhalten diese Zusammenfassung einmal in der Woche. Unter „Konto“ → „Benachrichtigungen“ können Sie das ändern.',
  'notifications.unsubscribe.title': 'E-Mails aus dem Austausch abbestellen',
  'notifications.unsubscribe.lead':
    'Möchten Sie keine E-Mails mehr über Neues im Austausch erhalten? Ihre Benachrichtigungen sehen Sie weiterhin, wenn Sie angemeldet sind.',
  'notifications.unsubscribe.confirm': 'Keine E-Mails mehr senden',
  'notifications.unsubscribe.alternative':
    'Wenn Sie nur seltener E-Mails erhalten möchten, melden Sie sich an und wählen Sie unter „Konto“ → „Benachrichtigungen“ eine tägliche oder wöchentliche Zusammenfassung.',
  'notifications.unsubscribe.done.title': 'E-Mails abbestellt',
  'notifications.unsubscribe.done':
    'Sie erhalten keine E-Mails mehr aus dem Austausch. Sie können das jederzeit unter „Konto“ → „Benachrichtigungen“ wieder ändern.',
  'notifications.unsubscribe.done.settings': 'Zu den Einstellungen der Benachrichtigungen',
  'notifications.unsubscribe.bad.title': 'Dieser Link funktioniert nicht',
  'notifications.unsubscribe.bad':
    'Der Link zum Abbestellen ist unvollständig oder wurde verändert. Bitte öffnen Sie ihn noch einmal vollständig aus der E-Mail. Angemeldet können Sie auch unter „Konto“ → „Benachrichtigungen“ einstellen, ob und wie oft wir Ihnen schreiben.',
} as const;
