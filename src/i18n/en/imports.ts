import type { imports as de } from '../de/imports.ts';

export const imports: Record<keyof typeof de, string> = {
  'imports.nav': 'Import data',
  'imports.step': 'Step {current} of 4',

  'imports.upload.title': 'Import an existing participant list',
  'imports.upload.lead':
    'Upload the list of your mentees and mentors as a CSV or Excel file. Next you assign the columns and see what would be imported. Nothing is saved until you choose “Import”.',
  'imports.upload.programme': 'Programme',
  'imports.upload.file': 'File',
  'imports.upload.fileHint':
    'CSV (separated by semicolons or commas) or Excel (.xlsx), at most 10 MB. The first row holds the column headings.',
  'imports.upload.required':
    'Required are name, email address, role (mentee, mentor or both) and organisation. People who have no profile yet also need federal state, size class and the year since which they work in their role.',
  'imports.upload.invitations':
    'New people receive an email with a link to set a password and agree to the privacy notice. People who already have an account receive no email; their details are updated. Importing the same list again creates no one twice.',
  'imports.upload.submit': 'Upload and assign columns',
  'imports.upload.error.programme': 'Please choose a programme.',
  'imports.upload.error.file': 'Please choose a file.',
  'imports.upload.error.empty': 'The file is empty.',
  'imports.upload.error.oldExcel':
    'This is an Excel file in the old format (.xls). Please save it as .xlsx or .csv and upload it again.',
  'imports.upload.error.unreadable': 'The file could not be read. Please upload a CSV or .xlsx file.',
  'imports.upload.error.inflated':
    'Unpacked, the Excel file is larger than 100 MB and is therefore not read. Please split the list or save it as CSV.',
  'imports.upload.error.noRows': 'The file has no rows besides the heading row.',
  'imports.upload.error.tooManyRows': 'The file has more than 20,000 rows. Please split it.',
  'imports.upload.error.tooManyColumns': 'The file has more than 100 columns.',

  'imports.field.name': 'Name',
  'imports.field.firstName': 'First name',
  'imports.field.lastName': 'Last name',
  'imports.field.email': 'Email address',
  'imports.field.role': 'Role',
  'imports.field.organisationName': 'Organisation',
  'imports.field.organisationType': 'Type of organisation',
  'imports.field.bundesland': 'Federal state',
  'imports.field.sizeClass': 'Size class',
  'imports.field.position': 'Job title',
  'imports.field.inRoleSince': 'In the role since (year)',
  'imports.field.funding': 'Funding',
  'imports.field.topics': 'Topics',
  'imports.field.capacity': 'Capacity (mentees at once)',
  'imports.field.languages': 'Languages',
  'imports.field.phone': 'Phone',
  'imports.hint.name': 'If the name is in two columns, assign first name and last name instead.',
  'imports.hint.role': 'Mentee, mentor or both (German spellings work too: Mentor*in, beides).',
  'imports.hint.bundesland': 'A name such as “Hessen” or a code such as “HE”.',
  'imports.hint.sizeClass':
    'A number of inhabitants such as “23,500” or a class such as “20,000 to 50,000 inhabitants”.',
  'imports.hint.topics':
    'Several topics separated by commas, semicolons or line breaks, named as in the programme’s topic list.',
  'imports.hint.capacity': 'Mentors only: 1, 2 or 3.',
  'imports.hint.languages': 'For example “German, English” or “de; en”. If empty: German.',

  'imports.mapping.title': 'Assign columns',
  'imports.mapping.lead':
    'For each item, choose the column of your file that holds it. We preselected columns by their headings; please check the assignment.',
  'imports.mapping.file':
    '{file}: {rows, plural, one {# row} other {# rows}} of data, {columns, plural, one {# column} other {# columns}}, for the programme {programme}.',
  'imports.mapping.fields': 'Assignment',
  'imports.mapping.none': '– not in the file –',
  'imports.mapping.column': 'Column {letter}: {header}',
  'imports.mapping.emptyHeader': '(no heading)',
  'imports.mapping.requiredMark': '(required)',
  'imports.mapping.preview': 'Preview: the first five rows of your file',
  'imports.mapping.submit': 'Apply assignment and check rows',
  'imports.mapping.error.required': 'Please choose the column for this required item.',
  'imports.mapping.error.twice': 'This column is already assigned to another item.',
  'imports.mapping.otherFile': 'Upload a different file',

  'imports.check.title': 'Check result',
  'imports.check.summary':
    '{valid} of {total, plural, one {# row is} other {# rows {valid, plural, one {is} other {are}}}} valid.',
  'imports.check.allValid': 'All rows are valid and can be imported.',
  'imports.check.someInvalid':
    '{count, plural, one {# row contains errors} other {# rows contain errors}} and will not be imported. You can correct the file and upload it again, or import the valid rows now; a later import adds the others without creating anyone twice.',
  'imports.check.noneValid': 'No row is valid; there is nothing to import.',
  'imports.check.issues': 'Errors by row',
  'imports.check.next': 'What next?',
  'imports.check.dryRunHint':
    'The dry run shows who would be created, who updated and who skipped, and saves nothing.',
  'imports.check.dryRun': 'Dry run',
  'imports.check.import': 'Import',
  'imports.check.changeMapping': 'Change assignment',

  'imports.report.caption': 'Messages about single rows',
  'imports.report.row': 'Row',
  'imports.report.field': 'Field',
  'imports.report.message': 'Message',
  'imports.report.more':
    '{count, plural, one {# further message is} other {# further messages are}} not shown here.',

  'imports.issue.required': 'This item is missing; it is required.',
  'imports.issue.tooLong': 'The text is too long (at most {max} characters).',
  'imports.issue.email': '“{value}” is not a valid email address.',
  'imports.issue.emailTwice':
    'This email address is already in row {row}. Each person may appear only once; for mentee and mentor at once write “both”.',
  'imports.issue.role': '“{value}” is not a known role. Possible are mentee, mentor and both.',
  'imports.issue.organisationType':
    '“{value}” is not a known type of organisation. Possible are municipality, town, district, social institution and other.',
  'imports.issue.bundesland': '“{value}” is not a federal state.',
  'imports.issue.sizeClass': '“{value}” is neither a number of inhabitants nor a known size class.',
  'imports.issue.year': '“{value}” is not a year between 1980 and today.',
  'imports.issue.capacity': '“{value}”: mentors support 1, 2 or 3 mentees at once.',
  'imports.issue.topics': 'These topics do not exist in the programme: {value}.',
  'imports.issue.funding': '“{value}” is not a funding option of this programme. Possible: {options}.',
  'imports.issue.languages': 'These languages are not known: {value}.',
  'imports.issue.phone': '“{value}” is not a phone number.',
  'imports.issue.neededForNew': 'This person has no profile yet, which needs this item. The row is skipped.',

  'imports.result.title': 'Import finished',
  'imports.result.dryRunTitle': 'Dry run: what the import would do',
  'imports.result.dryRunNotice': 'Nothing was saved.',
  'imports.result.done': 'The import is finished.',
  'imports.result.alreadyDone': 'This file has already been imported.',
  'imports.result.at': 'Imported on {date}.',
  'imports.result.created': 'People created',
  'imports.result.updated': 'People updated',
  'imports.result.skipped': 'Rows skipped',
  'imports.result.invitations': 'Invitations sent',
  'imports.result.invitationsDryRun': 'Invitations that would be sent',
  'imports.result.reasons': 'Skipped rows and reasons',
  'imports.result.noneSkipped': 'No row was skipped.',
  'imports.result.again': 'Import another file',

  'imports.invite.title': 'Welcome to klimatandem',
  'imports.invite.lead':
    'The coordinators of your mentoring programme have registered you here. Set a password and confirm the privacy notice to use your account.',
  'imports.invite.account': 'Your account: {email}',
  'imports.invite.consent':
    'I have read the privacy notice and agree that my details are processed for matching and support in the mentoring programme.',
  'imports.invite.privacy': 'Read the privacy notice (opens in a new window)',
  'imports.invite.submit': 'Set password and agree',
  'imports.invite.error.consent': 'Please confirm the privacy notice.',
  'imports.invite.done': 'Your password is set. You can sign in now.',
  'imports.invite.invalid':
    'The invitation link has expired or has already been used. You can set a password through “Forgot password”, or contact the coordinators of your programme.',
  'imports.invite.forgot': 'Forgot password',
  'imports.invite.decline':
    'You do not want to take part? Then there is nothing to do here. Contact the coordinators of your programme if your details should be deleted.',

  'imports.mail.subject': 'Invitation to klimatandem: {programme}',
  'imports.mail.body':
    '{agency} invites you to use the mentoring programme “{programme}” through klimatandem from now on, the platform for mentoring in municipal climate protection and climate adaptation.',
  'imports.mail.data':
    'For this, {agency} took over your details from the previous participant list: name, email address, organisation and your role in the programme.',
  'imports.mail.next':
    'Please set a password and confirm the privacy notice. Afterwards you can check and complete your details.',
  'imports.mail.action': 'Set password',
  'imports.mail.valid': 'The link is valid for 14 days and can be used once.',
  'imports.mail.notYou':
    'You do not want to take part? Then please contact {contact}; your details will be deleted.',
};
