import type { proposals as de } from '../de/proposals.ts';

export const proposals: Record<keyof typeof de, string> = {
  'nav.proposals': 'Proposals',

  'proposals.list.title': 'Your matching proposals',
  'proposals.list.lead':
    'Here you see whom the coordinators propose as your tandem partner. Please answer every proposal by the deadline given.',
  'proposals.list.none':
    'You have no matching proposals yet. As soon as the coordinators have found a suitable person for you, you will receive an e-mail.',
  'proposals.list.open': 'Open proposals',
  'proposals.list.noneOpen': 'No proposal is open at the moment.',
  'proposals.list.earlier': 'Earlier proposals',
  'proposals.list.partner': 'Proposed person',
  'proposals.list.programme': 'Programme',
  'proposals.list.role': 'Your role',
  'proposals.list.deadline': 'Answer by',
  'proposals.list.answer': 'Your answer',
  'proposals.list.outcome': 'Outcome',
  'proposals.list.proposedAt': 'Proposed on',
  'proposals.profileLink': 'See your matching proposals',

  'proposals.answer.none': 'Not answered yet',
  'proposals.answer.accepted': 'Accepted',
  'proposals.answer.declined': 'Declined',
  'proposals.status.pending': 'Open',
  'proposals.status.accepted': 'Tandem formed',
  'proposals.status.declined': 'Declined',
  'proposals.status.expired': 'Expired',
  'proposals.status.withdrawn': 'Withdrawn',

  'proposals.detail.title': 'Matching proposal',
  'proposals.detail.back': 'Back to your proposals',
  'proposals.detail.leadMentee': 'In the programme “{programme}” we propose {name} as your mentor.',
  'proposals.detail.leadMentor': 'In the programme “{programme}” we propose {name} as your mentee.',
  'proposals.detail.deadline': 'Please answer by {date}.',
  'proposals.detail.waitingTitle': 'You have accepted',
  'proposals.detail.waiting':
    'As soon as {name} accepts the proposal too, your tandem is formed. We will let you know by e-mail. The deadline is {date}.',
  'proposals.detail.tandemTitle': 'Tandem formed',
  'proposals.detail.tandemText':
    'You have both accepted: your tandem has come about. Get in touch and arrange your kick-off meeting (about one hour).',
  'proposals.detail.closedTitle': 'Proposal closed',
  'proposals.detail.declinedByYou': 'You have declined this proposal. Thank you for your feedback.',
  'proposals.detail.declinedByPartner': 'Unfortunately, this proposal will not go ahead.',
  'proposals.detail.expired': 'This proposal has expired because not both of you answered by the deadline.',
  'proposals.detail.withdrawn':
    'This proposal was withdrawn because one of the two people paused or ended their participation.',
  'proposals.detail.backToPool':
    'You remain in the matching pool: the coordinators keep looking for a suitable person for you.',

  'proposals.partner.title': 'About {name}',
  'proposals.partner.position': 'Position',
  'proposals.partner.organisation': 'Organisation',
  'proposals.partner.organisationType': 'Type of organisation',
  'proposals.partner.size': 'Size',
  'proposals.partner.bundesland': 'Federal state',
  'proposals.partner.inRoleSince': 'In this role since',
  'proposals.partner.formats': 'Formats',
  'proposals.partner.frequency': 'Preferred frequency',
  'proposals.partner.languages': 'Languages',
  'proposals.partner.topicsNeeded': 'Would like support with',
  'proposals.partner.topicsOffered': 'Can support with',
  'proposals.partner.competences': 'Brings experience in',
  'proposals.partner.strengths': 'Strengths',
  'proposals.partner.contact': 'Contact',
  'proposals.partner.email': 'E-mail address',
  'proposals.partner.phone': 'Phone',
  'proposals.partner.contactLater':
    'You will see the e-mail address and phone number as soon as you have both accepted the proposal.',

  'proposals.reasons.title': 'Why this proposal?',
  'proposals.reasons.lead':
    'How well you fit according to the programme’s criteria: {score} out of 100 points in total.',
  'proposals.reasons.caption': 'Points by criterion',
  'proposals.reasons.criterion': 'Criterion',
  'proposals.reasons.points': 'Points',
  'proposals.reasons.reason': 'Reason',
  'proposals.reasons.pointsOf': '{points} of {max}',
  'proposals.reasons.excluded': 'Not allowed: {exclusion}',

  'proposals.respond.title': 'Your answer',
  'proposals.respond.yourAnswer': 'Your answer: {answer}',
  'proposals.respond.accept.title': 'Accept the proposal',
  'proposals.respond.accept.text':
    'Does the proposal fit? Once you have both accepted, your tandem is formed and you see the other person’s contact details.',
  'proposals.respond.accept.submit': 'Accept proposal',
  'proposals.respond.decline.title': 'Decline the proposal',
  'proposals.respond.decline.reason': 'Why do you decline the proposal?',
  'proposals.respond.decline.hint':
    'Only the programme’s coordinators see your reason, not the proposed person. It helps to find a better fitting proposal.',
  'proposals.respond.decline.submit': 'Decline',
  'form.proposals.reason.required': 'Please say why you decline the proposal.',
  'form.proposals.reason.tooLong': 'The reason may be at most 2,000 characters long.',

  'proposals.conflict.title': 'Answer not possible',
  'proposals.conflict.answered':
    'You have already answered this proposal. An answer cannot be changed; if you have questions, please contact the coordinators.',
  'proposals.conflict.closed':
    'This proposal is already closed (state: {status}). You can no longer answer it.',
  'proposals.conflict.expired': 'The deadline for this proposal has passed. You can no longer answer it.',

  'proposals.flash.accepted': 'Thank you! You have accepted the proposal.',
  'proposals.flash.tandem': 'You have both accepted: your tandem is formed.',
  'proposals.flash.declined': 'You have declined the proposal. Thank you for giving your reason.',

  'proposals.mail.action': 'View the proposal',
  'proposals.mail.questions':
    'If you have questions, simply reply to this e-mail; it goes to the programme’s coordinators.',
  'proposals.mail.new.subject': 'A matching proposal for you in the programme “{programme}”',
  'proposals.mail.new.bodyMentee':
    'the coordinators of the programme “{programme}” have found a suitable mentor for you.',
  'proposals.mail.new.bodyMentor':
    'the coordinators of the programme “{programme}” would like to bring you together with a mentee.',
  'proposals.mail.new.next':
    'On the proposal’s page you see who it is and why we would like to bring you together. Please accept or decline the proposal by {deadline}.',
  'proposals.mail.reminder.subject': 'Reminder: your matching proposal is waiting for your answer',
  'proposals.mail.reminder.body':
    'a few days ago we sent you a matching proposal in the programme “{programme}”. Please answer by {deadline}, otherwise the proposal expires.',
  'proposals.mail.tandem.subject': 'Your tandem has come about',
  'proposals.mail.tandem.body':
    'You have both accepted the matching proposal in the programme “{programme}”: your tandem is formed.',
  'proposals.mail.tandem.next':
    'The proposal’s page now shows the contact details. As a next step, arrange your kick-off meeting.',
  'proposals.mail.declined.subject': 'Your matching proposal will not go ahead',
  'proposals.mail.declined.body':
    'unfortunately, the matching proposal in the programme “{programme}” will not go ahead.',
  'proposals.mail.expired.subject': 'Your matching proposal has expired',
  'proposals.mail.expired.body':
    'the matching proposal in the programme “{programme}” has expired because not both of you answered by the deadline.',
  'proposals.mail.backToPool.mentee':
    'You remain in the matching pool. The coordinators keep looking for a suitable person for you.',
  'proposals.mail.backToPool.mentor':
    'Your place is free again. The coordinators will get in touch as soon as they have found another suitable person.',

  'matching.criterion.topics': 'Topics',
  'matching.criterion.organisation': 'Organisation',
  'matching.criterion.region': 'Region',
  'matching.criterion.formats': 'Formats and frequency',
  'matching.criterion.experience': 'Experience',
  'matching.criterion.funding': 'Funding phase',
  'matching.criterion.languages': 'Languages',

  'matching.exclusion.samePerson': 'The same person',
  'matching.exclusion.sameOrganisation': 'Both work in the same organisation',
  'matching.exclusion.noSharedLanguage': 'No shared language',
  'matching.exclusion.noSharedFormat': 'No shared format',
  'matching.exclusion.mentorFull': 'The mentor has no free place',
  'matching.exclusion.declinedBefore': 'This pair was declined before or was a tandem already',

  'matching.reason.topics':
    '{covered} of {needed, plural, one {# requested topic is} other {# requested topics {covered, plural, one {is} other {are}}}} covered: {list}.',
  'matching.reason.topicsNone': 'No requested topics are given.',
  'matching.reason.topicsNoneCovered':
    '{needed, plural, one {The requested topic is not covered.} other {None of the # requested topics is covered.}}',
  'matching.reason.organisationSameSameSize': 'Same type of organisation and same size.',
  'matching.reason.organisationSameNearSize': 'Same type of organisation and similar size.',
  'matching.reason.organisationSameOtherSize':
    'Same type of organisation, but clearly different size ({steps} size classes apart).',
  'matching.reason.organisationOtherSameSize': 'Different type of organisation, but same size.',
  'matching.reason.organisationOtherNearSize': 'Different type of organisation, similar size.',
  'matching.reason.organisationOtherOtherSize':
    'Different type of organisation and clearly different size ({steps} size classes apart).',
  'matching.reason.regionSame': 'Both work in the same federal state: {list}.',
  'matching.reason.regionNeighbour':
    'The mentor works in the neighbouring federal state of {list}; meeting in person is feasible.',
  'matching.reason.regionOther': 'The mentor works in another federal state: {list}.',
  'matching.reason.formats':
    'Shared formats: {list}{onlyOne, plural, =0 {} one {; one more format is named by one side only} other {; # more formats are named by one side only}}; the preferred frequencies are {steps, plural, one {one step} other {# steps}} apart.',
  'matching.reason.formatsSameFrequency':
    'Shared formats: {list}{onlyOne, plural, =0 {} one {; one more format is named by one side only} other {; # more formats are named by one side only}}; same preferred frequency.',
  'matching.reason.formatsNone':
    'No shared formats{steps, plural, =0 {; same preferred frequency} one {; the preferred frequencies are one step apart} other {; the preferred frequencies are # steps apart}}.',
  'matching.reason.experience': 'The mentor’s years in this role: {years}.',
  'matching.reason.fundingUnknown': 'The funding phase is not known for both.',
  'matching.reason.fundingSame': 'Both are in the same funding phase.',
  'matching.reason.fundingAhead': 'The mentor is further along in funding and knows the next step.',
  'matching.reason.fundingBehind': 'The mentor is in an earlier funding phase than the mentee.',
  'matching.reason.languages':
    'Shared languages: {list}{missing, plural, =0 {} one {; the mentor does not speak one more of the mentee’s languages} other {; the mentor does not speak # more of the mentee’s languages}}.',
  'matching.reason.languagesNone': 'No shared language.',
};
