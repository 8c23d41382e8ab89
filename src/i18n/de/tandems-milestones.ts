/** Goals and milestones, and celebrating them. */
export const tandemsMilestones = {
  'tandems.milestones.back': 'Zurück zum Tandem mit {name}',
  'tandems.milestones.page.title': 'Ziele und Meilensteine',
  'tandems.milestones.page.lead':
    'Halten Sie Ihre Ziele und die Meilensteine auf dem Weg dorthin fest. Der Leitfaden rät: Nehmen Sie sich auch Zeit, um Erfolge und erreichte Meilensteine gemeinsam zu feiern!',
  'tandems.milestones.section.title': 'Ziele und Meilensteine',
  'tandems.milestones.section.edit': 'Ziele und Meilensteine bearbeiten',
  'tandems.milestones.section.view': 'Alle Ziele und Meilensteine ansehen',
  'tandems.milestones.none':
    'Noch keine Ziele. Die konkreten Ziele aus Ihrer Vereinbarung erscheinen hier, sobald Sie beide sie bestätigt haben; Sie können Ziele auch selbst ergänzen.',
  'tandems.milestones.progress':
    '{reached} von {total, plural, one {# Meilenstein} other {# Meilensteinen}} erreicht',
  'tandems.milestones.state.open': 'offen',
  'tandems.milestones.state.reached': 'erreicht',
  'tandems.milestones.state.celebrated': 'erreicht und gefeiert',
  'tandems.milestones.markReached': 'Als erreicht markieren: {title}',
  'tandems.milestones.reopen': 'Wieder öffnen: {title}',
  'tandems.milestones.celebrate': 'Erfolg feiern: {title}',
  'tandems.milestones.newGoal': 'Neues Ziel',
  'tandems.milestones.newMilestone': 'Neuer Meilenstein',
  'tandems.milestones.field.goal': 'Ziel',
  'tandems.milestones.field.forGoal': 'Zu welchem Ziel?',
  'tandems.milestones.field.milestone': 'Meilenstein',
  'tandems.milestones.addGoal': 'Ziel hinzufügen',
  'tandems.milestones.addMilestone': 'Meilenstein hinzufügen',
  'tandems.milestones.flash.goalAdded': 'Das Ziel ist hinzugefügt.',
  'tandems.milestones.flash.milestoneAdded': 'Der Meilenstein ist hinzugefügt.',
  'tandems.milestones.flash.reached': 'Geschafft! Feiern Sie den Erfolg gemeinsam – mit „Erfolg feiern“.',
  'tandems.milestones.flash.reopened': 'Wieder als offen markiert.',
  'tandems.milestones.flash.celebrated':
    'Herzlichen Glückwunsch! Sie beide haben eine Glückwunsch-E-Mail erhalten.',
  'tandems.milestones.flash.notToCelebrate': 'Dieser Erfolg ist schon gefeiert oder noch nicht erreicht.',
  'tandems.milestones.error.reached':
    'Diese Änderung an Ziel oder Meilenstein konnten wir nicht speichern. Bitte versuchen Sie es noch einmal.',
  'tandems.milestones.error.title.required': 'Bitte geben Sie einen Titel ein.',
  'tandems.milestones.error.title.tooLong': 'Der Titel darf höchstens 200 Zeichen lang sein.',
  'tandems.milestones.error.goal.required': 'Bitte wählen Sie das Ziel, zu dem der Meilenstein gehört.',
  'tandems.milestones.mail.subject': 'Herzlichen Glückwunsch: Ihr Tandem hat einen Erfolg erreicht',
  'tandems.milestones.mail.body':
    'Ihr Tandem im Programm {programme} hat einen Meilenstein erreicht – herzlichen Glückwunsch!',
  'tandems.milestones.mail.guide': 'Nehmen Sie sich Zeit, den Erfolg gemeinsam zu feiern.',
  'tandems.milestones.mail.confidential':
    'Aus Gründen der Vertraulichkeit nennt diese E-Mail den Meilenstein nicht. Sie finden ihn nach der Anmeldung im Tandem.',
  'tandems.milestones.mail.action': 'Ziele und Meilensteine ansehen',
} as const;
