import type { tandemsAgreement as de } from '../de/tandems-agreement.ts';

export const tandemsAgreement: Record<keyof typeof de, string> = {
  'tandems.agreement.back': 'Back to the tandem with {name}',
  'tandems.agreement.empty': '–',

  'tandems.agreement.question.learn': 'What would you like to learn through the mentoring?',
  'tandems.agreement.question.reach': 'What would you like to achieve?',
  'tandems.agreement.question.pass_on': 'What knowledge and experience can you pass on?',
  'tandems.agreement.question.connect': 'Whom can you connect the mentee with?',
  'tandems.agreement.question.learn_myself': 'What would you like to learn yourself?',

  'tandems.agreement.kickoff.title': 'Prepare the kick-off',
  'tandems.agreement.kickoff.lead':
    'The kick-off takes about an hour. Prepare with the guide’s questions. Your answers stay private until you share them with your partner.',
  'tandems.agreement.kickoff.own': 'Your preparation',
  'tandems.agreement.kickoff.private': 'Only you see these answers until you share them.',
  'tandems.agreement.kickoff.sharedSince': 'Shared with your partner since {at}.',
  'tandems.agreement.kickoff.save': 'Save preparation',
  'tandems.agreement.kickoff.share': 'Share with my partner',
  'tandems.agreement.kickoff.unshare': 'Stop sharing',
  'tandems.agreement.kickoff.partner': 'Preparation of {name}',
  'tandems.agreement.kickoff.notShared': 'Your partner has not shared their preparation yet.',
  'tandems.agreement.kickoff.toRecord': 'To the kick-off record and the agreement',

  'tandems.agreement.edit.title': 'Kick-off record and agreement',
  'tandems.agreement.edit.lead':
    'Record what you agreed at the kick-off: expectations, needs, wishes and capacities, concrete goals and how you organise it. Once you both confirm this version, it is your agreement.',
  'tandems.agreement.edit.submit': 'Save version',
  'tandems.agreement.field.expectations': 'Expectations',
  'tandems.agreement.field.needs': 'Needs',
  'tandems.agreement.field.wishes': 'Wishes',
  'tandems.agreement.field.capacities': 'Capacities',
  'tandems.agreement.field.goals': 'Concrete goals',
  'tandems.agreement.field.formats': 'How do you exchange?',
  'tandems.agreement.field.rhythm': 'How often do you keep in touch?',
  'tandems.agreement.field.reachability': 'How do you reach each other?',
  'tandems.agreement.field.organisation': 'Organisation',
  'tandems.agreement.hint.expectations': 'What do you expect of each other and of the mentoring?',
  'tandems.agreement.hint.needs': 'Where does the mentee need support?',
  'tandems.agreement.hint.capacities': 'How much time can you both give?',
  'tandems.agreement.hint.goals': 'One goal per line. Confirmed goals appear under “Goals and milestones”.',
  'tandems.agreement.hint.reachability': 'For example: by email, by phone on Tuesdays.',
  'tandems.agreement.rhythm.regular': 'Regularly',
  'tandems.agreement.rhythm.on_demand': 'On demand, for pressing questions',

  'tandems.agreement.conflict.title': 'The agreement has been changed meanwhile',
  'tandems.agreement.conflict.text':
    'Your partner has changed the agreement meanwhile. Please check the current version; what you typed is in the form below, nothing is lost. Save again if your version should replace the current one.',
  'tandems.agreement.conflict.current': 'Current version {version}',
  'tandems.agreement.outdated.title': 'There is a newer version',
  'tandems.agreement.ended.title': 'This tandem has ended',
  'tandems.agreement.ended.text': 'The agreement stays readable but can no longer be changed or confirmed.',

  'tandems.agreement.confirm.submit': 'Confirm version {version}',
  'tandems.agreement.confirm.waiting': 'You have confirmed; your partner’s confirmation is pending.',
  'tandems.agreement.confirm.partnerDone': 'Your partner has confirmed; your confirmation is pending.',
  'tandems.agreement.confirm.nobody': 'Nobody has confirmed yet.',

  'tandems.agreement.section.kickoff': 'Kick-off',
  'tandems.agreement.section.title': 'Your agreement',
  'tandems.agreement.section.lead':
    'At the kick-off (about an hour) you align expectations, needs, wishes and capacities and set concrete goals. This is how:',
  'tandems.agreement.section.pending': 'A changed version ({version}) awaits confirmation.',
  'tandems.agreement.section.change': 'Change the agreement',
  'tandems.agreement.section.history': 'History of the agreement',
  'tandems.agreement.step.prepare': 'Prepare the kick-off',
  'tandems.agreement.step.done': '(done)',
  'tandems.agreement.step.record': 'Record the kick-off',
  'tandems.agreement.step.prepareView': 'View the kick-off preparation',
  'tandems.agreement.step.recordView': 'View the kick-off record',
  'tandems.agreement.step.saved': '(version {version} saved)',
  'tandems.agreement.step.confirm': 'Both confirm the agreement.',

  'tandems.agreement.history.title': 'History of the agreement',
  'tandems.agreement.history.lead':
    'Every saved version, newest first. The newest version you both confirmed is in force.',
  'tandems.agreement.history.none': 'No version has been saved yet.',
  'tandems.agreement.history.version': 'Version {version}',
  'tandems.agreement.history.versionInForce': 'Version {version} (in force)',
  'tandems.agreement.history.saved': 'Saved by {name} on {at}',
  'tandems.agreement.history.someone': 'a former person',
  'tandems.agreement.history.confirmedBy': 'Confirmed by {name} on {at}',
  'tandems.agreement.history.notConfirmedBy': 'Not confirmed by {name}',
  'tandems.agreement.history.show': 'Show the content of version {version}',

  'tandems.agreement.flash.prepared': 'Your preparation is saved.',
  'tandems.agreement.flash.shared': 'Your partner can now see your preparation.',
  'tandems.agreement.flash.unshared': 'Your preparation is private again.',
  'tandems.agreement.flash.saved': 'The version is saved. Please both confirm it.',
  'tandems.agreement.flash.confirmed': 'You have confirmed the version.',
  'tandems.agreement.flash.inForce': 'You have both confirmed: the agreement is in force.',

  'tandems.agreement.error.answer.tooLong': 'Please keep it shorter (at most 4,000 characters).',
  'tandems.agreement.error.expectations.tooLong': 'Expectations: at most 4,000 characters.',
  'tandems.agreement.error.needs.tooLong': 'Needs: at most 4,000 characters.',
  'tandems.agreement.error.wishes.tooLong': 'Wishes: at most 4,000 characters.',
  'tandems.agreement.error.capacities.tooLong': 'Capacities: at most 4,000 characters.',
  'tandems.agreement.error.goals.tooLong': 'Concrete goals: at most 4,000 characters.',
  'tandems.agreement.error.reachability.tooLong': 'Reachability: at most 4,000 characters.',
  'tandems.agreement.error.formats.required': 'Please choose at least one way to exchange.',
  'tandems.agreement.error.rhythm.required': 'Please choose how often you keep in touch.',
  'tandems.agreement.error.share':
    'We could not change whether your preparation is shared. Please try again.',
  'tandems.agreement.error.basis.invalid':
    'The form was incomplete. Please check your entries and save again.',
  'tandems.agreement.error.outdated':
    'There is a newer version meanwhile. Please check it before confirming.',

  'tandems.agreement.mail.changed.subject': 'The agreement in your tandem has changed',
  'tandems.agreement.mail.changed.body':
    'Your partner in the programme {programme} has saved a version of the agreement and asks you to check and confirm it.',
  'tandems.agreement.mail.confirmed.subject': 'The agreement of your tandem is confirmed',
  'tandems.agreement.mail.confirmed.body':
    'You have both confirmed the agreement of your tandem in the programme {programme}. Good luck with your meetings!',
  'tandems.agreement.mail.confidential':
    'For confidentiality, the content is not in this email. You find it in the tandem after signing in.',
  'tandems.agreement.mail.action': 'Go to the tandem',
};
