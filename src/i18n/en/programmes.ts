import type { programmes as de } from '../de/programmes.ts';

export const programmes: Record<keyof typeof de, string> = {
  'nav.programmes': 'Programmes',
  'programmes.quoted': '“{label}”',

  'programmes.admin.title': 'Manage programmes',
  'programmes.admin.lead': 'Maintain the programmes’ details, their topic lists and who coordinates them.',
  'programmes.admin.programme': 'Programme',
  'programmes.admin.registration': 'Registration',
  'programmes.admin.open': 'open',
  'programmes.admin.closed': 'closed',
  'programmes.admin.more': 'Further pages',
  'programmes.admin.data': 'Programme details',
  'programmes.admin.topics': 'Topic list',
  'programmes.admin.coordinators': 'Coordination',
  'programmes.admin.back': 'Back to the list of programmes',

  'programmes.edit.title': 'Edit programme: {name}',
  'programmes.edit.saved': 'The programme details have been saved.',
  'programmes.field.name': 'Name of the programme',
  'programmes.field.agency': 'Organisation running it',
  'programmes.field.agencyHint': 'The agency or centre that runs the programme.',
  'programmes.field.description': 'Description',
  'programmes.field.descriptionHint': 'Shown on the start page below the programme’s name.',
  'programmes.field.contactEmail': 'Contact address (email)',
  'programmes.field.registrationOpen': 'Registration open',
  'programmes.field.registrationOpenHint':
    'While registration is closed, no new participants can register for this programme.',
  'programmes.field.fundingOptions': 'Funding options',
  'programmes.field.fundingOptionsHint':
    'One option per line, for example “Erstvorhaben”. Participants choose one when they register; existing registrations keep theirs.',
  'form.programmes.contactEmail.required': 'Please enter a contact address.',
  'form.programmes.fundingOptions.required': 'Please enter at least one funding option.',
  'form.programmes.fundingOptions.tooLong': 'Each funding option may be at most 200 characters long.',
  'form.programmes.fundingOptions.tooMany': 'Please enter at most 20 funding options.',

  'programmes.admin.weights': 'Weights and deadlines (matching)',
  'programmes.create.title': 'Create a programme',
  'programmes.create.lead':
    'A new programme appears on the start page at once. Keep its registration closed until its topic list and coordination are in place.',
  'programmes.create.submit': 'Create programme',
  'programmes.create.saved':
    'The programme has been created. Now set up its topic list and assign its coordination.',
  'programmes.field.slug': 'Short name for the address',
  'programmes.field.slugHint':
    "Appears in the programme's addresses, for example /programme/klimaschutz/themen. Lower-case letters (a–z), digits and hyphens only, 3 to 40 characters. It cannot be changed later.",
  'form.programmes.slug.required': "Please enter a short name for the programme's address.",
  'form.programmes.slug.invalid':
    'The short name for the address may contain only lower-case letters (a–z), digits and single hyphens, and must be 3 to 40 characters long.',
  'form.programmes.slug.reserved':
    'The short name “neu” is reserved by the platform. Please choose another short name for the address.',
  'form.programmes.slug.taken':
    'Another programme already has this short name. Please choose another short name for the address.',
  'form.programmes.name.required': 'Please enter the name of the programme.',
  'form.programmes.name.tooLong': 'The name of the programme may be at most 200 characters long.',
  'form.programmes.agency.required': 'Please enter the organisation running the programme.',
  'form.programmes.agency.tooLong':
    'The organisation running the programme may be at most 200 characters long.',
  'form.programmes.description.required': 'Please enter a description of the programme.',
  'form.programmes.description.tooLong': 'The description may be at most 5000 characters long.',
  'form.programmes.contactEmail.invalid':
    'Please enter the contact address as an email address in the format name@example.org.',

  'programmes.topics.title': 'Topic list: {name}',
  'programmes.topics.lead':
    'When they register, participants choose from these topics what they need support with and what they can offer. They appear in the registration form in this order.',
  'programmes.topics.active': 'Current topics ({count})',
  'programmes.topics.none': 'This list has no topics yet.',
  'programmes.topics.number': 'No.',
  'programmes.topics.label': 'Label',
  'programmes.topics.order': 'Order',
  'programmes.topics.archive': 'Archive',
  'programmes.topics.renameLabel': 'Label of “{label}”',
  'programmes.topics.rename': 'Rename',
  'programmes.topics.up': 'Move up',
  'programmes.topics.down': 'Move down',
  'programmes.topics.renameHint':
    'A new label also applies to existing registrations. For a different topic, please add a new one and archive the old one.',
  'programmes.topics.add': 'Add topic',
  'programmes.topics.newLabel': 'Label of the new topic',
  'programmes.topics.newLabelHint': 'The new topic is added at the end of the list.',
  'programmes.topics.archived': 'Archived topics ({count})',
  'programmes.topics.archivedLead':
    'Archived topics are no longer offered at registration. Existing registrations keep them.',
  'programmes.topics.archivedNone': 'There are no archived topics.',
  'programmes.topics.archivedOn': '(archived on {date})',
  'programmes.topics.restore': 'Restore',
  'form.programmes.topic.required': 'Please enter a label for the topic.',
  'programmes.topics.duplicate':
    'A topic with this label is already in the list. Please choose another label.',
  'programmes.topics.restoreDuplicate':
    'This topic cannot be restored because a current topic already has its label. Please rename the current topic first.',
  'programmes.topics.added': 'The topic has been added at the end of the list.',
  'programmes.topics.renamed': 'The topic has been renamed.',
  'programmes.topics.moved': 'The order has been changed.',
  'programmes.topics.archivedDone': 'The topic has been archived.',
  'programmes.topics.restored': 'The topic has been restored and is now at the end of the list.',

  'programmes.coordinators.title': 'Coordination: {name}',
  'programmes.coordinators.lead':
    'Coordinators hold the intake calls, form the tandems, support them and maintain this programme’s topic list.',
  'programmes.coordinators.current': 'Current coordinators ({count})',
  'programmes.coordinators.none': 'No one has been assigned to this programme yet.',
  'programmes.coordinators.action': 'Action',
  'programmes.coordinators.remove': 'Remove',
  'programmes.coordinators.sessionsHint':
    'Adding or removing a person ends all of their sessions, so that the new rights apply at once.',
  'programmes.coordinators.add': 'Add coordinator',
  'programmes.coordinators.email': 'Email address of the account',
  'programmes.coordinators.emailHint':
    'The person must already have an account on this platform. At their next sign-in they set up two-factor authentication.',
  'form.programmes.coordinatorEmail.required': 'Please enter the email address of the account.',
  'programmes.coordinators.noAccount':
    'No account with this email address was found. The person must create an account first.',
  'programmes.coordinators.already': 'This person already coordinates this programme.',
  'programmes.coordinators.added':
    'The person now coordinates this programme. Their sessions have been ended.',
  'programmes.coordinators.removed':
    'The person no longer coordinates this programme. Their sessions have been ended.',
};
