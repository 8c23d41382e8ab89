import type { accountsAdmin as de } from '../de/accounts-admin.ts';

/** Texts of the admins' account pages: finding an account, resetting a person's second factor. */
export const accountsAdmin: Record<keyof typeof de, string> = {
  'nav.accounts': 'Accounts',
  'adminAccounts.title': 'Accounts',
  'adminAccounts.lead':
    'Find an account by name or email address, for example to reset the second factor of a person who lost their phone.',
  'adminAccounts.search': 'Name or email address',
  'adminAccounts.searchHint': 'At least 2 characters; upper and lower case do not matter.',
  'adminAccounts.searchSubmit': 'Search',
  'adminAccounts.noResults': 'No account found for “{term}”.',
  'adminAccounts.results': 'Accounts found ({count})',
  'adminAccounts.mfa': 'Second factor',
  'adminAccounts.mfaOnSince': 'set up since {date}',
  'adminAccounts.mfaOff': 'not set up',
  'adminAccounts.back': 'Back to the account search',
  'adminAccounts.account.title': 'Account: {name}',
  'adminAccounts.reset.heading': 'Second factor',
  'adminAccounts.reset.when':
    'If the person lost their phone or authenticator app and has no recovery codes left, you can reset their second factor. Make sure first that the request really comes from them, for example by calling them back on a number you know.',
  'adminAccounts.reset.start': 'Reset second factor',
  'adminAccounts.reset.nothing': 'This account has no second factor set up. There is nothing to reset.',
  'adminAccounts.reset.self': 'You manage your own second factor in your account.',
  'adminAccounts.reset.selfLink': "To your account's two-factor authentication",
  'adminAccounts.reset.title': 'Reset second factor: {name}',
  'adminAccounts.reset.consequences':
    "Resetting deletes the person's authenticator key and all their recovery codes and ends all their sessions. They receive an email about it. Coordinators and administrators set up the second factor again at their next login before they can do anything else. The reset is logged.",
  'adminAccounts.reset.confirm':
    'I have made sure that the request for the reset comes from {name} themselves.',
  'adminAccounts.reset.submit': 'Reset second factor now',
  'adminAccounts.reset.cancel': 'Cancel',
  'adminAccounts.reset.done':
    "The second factor has been reset and all the person's sessions have ended. They have been informed by email.",
  'form.adminAccounts.confirm.required':
    'Please confirm with the tick at “I have made sure …” that the request for the reset comes from the person themselves.',
  'form.adminAccounts.search.tooShort':
    'Please enter at least 2 characters to search by name or email address.',
  'form.adminAccounts.search.tooLong':
    'Please enter at most 254 characters to search by name or email address.',
  'mail.mfaReset.subject': 'Your second factor at klimatandem has been reset',
  'mail.mfaReset.body':
    'the klimatandem administration has reset the two-factor authentication of your account, for example because your phone was lost. Your previous authenticator app and your recovery codes are no longer valid; all your sessions have ended.',
  'mail.mfaReset.next':
    'What to do next: sign in with your password. If you coordinate or administer, you set up the second factor again right then; otherwise we recommend setting it up again under “Account”. Delete the old klimatandem entry from your authenticator app and keep the new recovery codes in a safe place.',
  'mail.mfaReset.action': 'Sign in',
  'mail.mfaReset.notYou':
    'Did you not ask for the reset? Then please reset your password at once ({resetUrl}) and contact the coordination of your programme.',
};
