import type { matching as de } from '../de/matching.ts';

/** Texts of the matching feature in English. */
export const matching: Record<keyof typeof de, string> = {
  'nav.matching': 'Matching',

  'matching.title': 'Matching',
  'matching.programmes.lead': 'Choose the programme for which you want to form tandems.',
  'matching.programmes.none': 'You do not coordinate a programme at the moment.',
  'matching.back': 'Back to matching: {programme}',
  'matching.overview.title': 'Matching for {programme}',
  'matching.overview.lead':
    'Find the best possible mentor for every mentee: one at a time with explained suggestions, or for everyone waiting at once in a matching round.',

  'matching.pool.title': 'Matching pool',
  'matching.pool.mentees': 'Mentees without a tandem or an open proposal',
  'matching.pool.mentors': 'Mentors with free places',
  'matching.pool.places': 'Free places in total',
  'matching.settings.link': 'Change the criteria weights and the deadlines for proposals',

  'matching.column.mentee': 'Mentee',
  'matching.column.mentor': 'Mentor',
  'matching.column.organisation': 'Organisation',
  'matching.column.bundesland': 'Federal state',
  'matching.column.registered': 'Registered on',
  'matching.column.started': 'Started on',
  'matching.column.mode': 'Goal',
  'matching.column.minScore': 'Minimum score',
  'matching.column.status': 'Status',
  'matching.column.matched': 'Pairs',
  'matching.column.score': 'Score',
  'matching.column.proposedAt': 'Proposed on',
  'matching.column.declineReason': 'Reason for declining',
  'matching.column.since': 'Since',

  'matching.waiting.title': 'Waiting mentees',
  'matching.waiting.caption': 'Mentees in the matching pool, in the order they registered',
  'matching.waiting.none': 'No mentee is waiting for a mentor at the moment.',
  'matching.waiting.suggestionsFor': 'Suggestions for {name}',

  'matching.rounds.title': 'Matching rounds',
  'matching.rounds.caption': 'The latest matching rounds of this programme',
  'matching.proposals.title': 'Matching proposals',
  'matching.proposals.caption':
    'Proposals and answers; reasons for declining are visible to coordinators only',
  'matching.proposals.until': '(answer by {date})',
  'matching.proposals.reasonBy': '{role}: “{reason}”',
  'matching.proposals.manualPick': '(manual pick: {reason})',
  'matching.proposal.status.pending': 'Awaiting answers',
  'matching.proposal.status.accepted': 'Accepted',
  'matching.proposal.status.declined': 'Declined',
  'matching.proposal.status.expired': 'Expired',
  'matching.proposal.status.withdrawn': 'Withdrawn',
  'matching.tandems.title': 'Tandems',
  'matching.tandems.caption': 'Tandems of this programme (only their two members see the contents)',
  'matching.tandem.status.kickoff_pending': 'Kick-off pending',
  'matching.tandem.status.active': 'Active',
  'matching.tandem.status.ended': 'Ended',

  'matching.round.new.title': 'Start a matching round',
  'matching.round.new.lead':
    'The round assigns mentors to all waiting mentees at once, provably optimally: each mentee at most one mentor, each mentor at most as many mentees as they have free places, only allowed pairs at or above the minimum score. The result is a draft for you to check and adjust.',
  'matching.round.new.mode': 'What should the round achieve?',
  'matching.round.mode.score': 'Highest total score',
  'matching.round.mode.participation': 'As many pairs as possible, then the highest score',
  'matching.round.new.minScore': 'Minimum score (0 to 100)',
  'matching.round.new.minScoreHint': 'No pair below this score is formed, for example 40.',
  'matching.round.new.submit': 'Compute the round',

  'matching.round.title': 'Matching round of {date}',
  'matching.round.summary': 'Status: {status}. Goal: {mode}. Minimum score: {min}.',
  'matching.round.status.running': 'Computing',
  'matching.round.status.draft': 'Draft',
  'matching.round.status.failed': 'Interrupted',
  'matching.round.status.published': 'Published',
  'matching.round.status.discarded': 'Discarded',
  'matching.round.running': 'The round is being computed: {percent} %',
  'matching.round.refresh': 'Refresh the page',
  'matching.round.failed':
    'The computation was interrupted. Please start it again; if the error persists, contact the operators.',
  'matching.round.rerun': 'Compute again',
  'matching.round.pool':
    'Pool: {mentees} mentees, {mentors, plural, one {# mentor} other {# mentors}} with {capacity, plural, one {# free place} other {# free places}}, {edges, plural, one {# allowed pair} other {# allowed pairs}} at or above the minimum score. Computed in {seconds, plural, one {# second} other {# seconds}}.',
  'matching.round.figures.caption': 'Result of the round compared with a simple assignment',
  'matching.round.figures.figure': 'Figure',
  'matching.round.figures.exact': 'Optimal assignment',
  'matching.round.figures.greedy': 'Simple assignment (best pairs first)',
  'matching.round.figures.matched': 'Pairs formed',
  'matching.round.figures.total': 'Total score',
  'matching.round.figures.mean': 'Mean score',
  'matching.round.histogram.caption': 'Distribution of the pairs’ scores',
  'matching.round.histogram.band': 'Score',
  'matching.round.histogram.pairs': 'Pairs',
  'matching.round.histogram.bar': 'Share',
  'matching.round.histogram.range': '{from} to {to}',
  'matching.round.pairs.title': 'Pairs',
  'matching.round.pairs.caption': 'Pairs of the round: {count}',
  'matching.round.pairs.lead':
    'Locked pairs stay when the round is computed again; removed pairs are not formed again in this round.',
  'matching.round.pairs.lock': 'Lock',
  'matching.round.pairs.remove': 'Remove',
  'matching.round.pairs.lockPair': 'Lock the pair {mentee} and {mentor}',
  'matching.round.pairs.removePair': 'Remove the pair {mentee} and {mentor}',
  'matching.round.pairs.locked': '(locked)',
  'matching.round.unmatched.title': 'Mentees without a partner',
  'matching.round.unmatched.caption': 'Mentees this round assigns to no one, with the reason',
  'matching.round.unmatched.reason': 'Reason',
  'matching.round.unmatched.none':
    'No allowed mentor with at least {min, plural, one {# point} other {# points}}',
  'matching.round.unmatched.taken':
    '{count, plural, one {# suitable mentor is} other {# suitable mentors are}} assigned to other mentees in the best overall solution',
  'matching.round.finish.title': 'Finish the round',
  'matching.round.finish.lead':
    'Publishing turns {count, plural, one {the pair} other {each of the # pairs}} into a matching proposal: both people receive an email and decide for themselves.',
  'matching.round.publish': 'Publish and send the proposals',
  'matching.round.discard': 'Discard the draft',
  'matching.round.flash.published': 'The proposals have been sent.',
  'matching.round.flash.discarded': 'The draft has been discarded.',
  'matching.round.notice.stale':
    'The pool has changed since the computation (someone has already received a proposal, for example). Nothing was sent. Please compute the round again.',
  'matching.round.notice.changed':
    'This round has been changed in the meantime. You see its current state; please check it.',

  'matching.suggestions.title': 'Suggestions for {name}',
  'matching.suggestions.topicsNeeded': 'Topics wanted',
  'matching.suggestions.formats': 'Preferred formats',
  'matching.suggestions.filter.legend': 'Filter the suggestions',
  'matching.suggestions.filter.any': 'All',
  'matching.suggestions.filter.format': 'Format',
  'matching.suggestions.filter.topic': 'Offers the topic',
  'matching.suggestions.filter.minScore': 'Minimum score',
  'matching.suggestions.filter.submit': 'Apply filters',
  'matching.suggestions.top': 'The best-fitting mentors',
  'matching.suggestions.none': 'No allowed mentor with free places fits these filters.',
  'matching.suggestions.item': '{name}: {score} of 100 points',
  'matching.suggestions.freePlaces': 'Free places: {count}',
  'matching.suggestions.why': 'Why this suggestion?',
  'matching.suggestions.whyFor': '(mentor {name})',
  'matching.suggestions.propose': 'Propose {name}',
  'matching.suggestions.manual.title': 'Your own choice',
  'matching.suggestions.manual.lead':
    'You know the people and know better? Choose an allowed mentor. If they are not among the ten best-fitting, give a short reason.',
  'matching.suggestions.manual.mentor': 'Mentor',
  'matching.suggestions.manual.option': '{name} ({score, plural, one {# point} other {# points}})',
  'matching.suggestions.manual.reason': 'Reason',
  'matching.suggestions.manual.reasonHint':
    'Required if the mentor is not among the ten best-fitting. Visible to coordinators only.',
  'matching.suggestions.manual.submit': 'Propose this mentor',
  'matching.suggestions.flash.proposed': 'The proposal has been sent to both people.',
  'matching.suggestions.flash.menteeGone':
    'This mentee is no longer in the matching pool (they now have a proposal or a tandem).',
  'matching.away.title': 'No new proposals',
  'matching.away.proposal':
    'There is already an open proposal for {name}. While it awaits answers, do not propose anyone else.',
  'matching.away.proposalNext': 'To the open proposal in the matching overview',
  'matching.away.tandem':
    '{name} is already in a tandem. New proposals come once the person is back in the matching pool.',
  'matching.away.tandemNext': 'To the tandems overview',
  'matching.away.other':
    '{name} is not in the matching pool at present, for example because a tandem ended as planned.',
  'matching.away.otherNext': 'To the registration',
  'matching.suggestions.notice.unavailable':
    'This mentor has no free place any more. Please choose another one.',
  'matching.suggestions.notice.notAllowed': 'This pair is not allowed. Please choose another mentor.',

  'matching.settings.title': 'Weights and deadlines: {programme}',
  'matching.settings.backToProgramme': "Back to the programme's data: {programme}",
  'matching.settings.weights': 'Weights of the criteria',
  'matching.settings.weightsHint':
    'Whole numbers from 0 to 100. The ratio counts: a criterion with 30 counts twice as much as one with 15; 0 leaves it out.',
  'matching.settings.deadlines': 'Deadlines for matching proposals',
  'matching.settings.reminderDays': 'Reminder after days',
  'matching.settings.reminderDaysHint': 'Whoever has not answered is reminded once.',
  'matching.settings.expiryDays': 'Expiry after days',
  'matching.settings.expiryDaysHint': 'After that the proposal lapses and the mentee returns to the pool.',
  'matching.settings.preview.submit': 'Show preview',
  'matching.settings.save': 'Save',
  'matching.settings.flash.saved': 'Weights and deadlines have been saved.',
  'matching.settings.preview.title': 'Preview: how the suggestions change',
  'matching.settings.preview.caption':
    'The three best-fitting mentors for the first mentees in the pool, with the current and the new weights',
  'matching.settings.preview.empty':
    'No mentee is waiting in the matching pool; there is nothing to compare.',
  'matching.settings.preview.current': 'Current',
  'matching.settings.preview.proposed': 'With the new weights',
  'matching.settings.preview.changed': 'Changed?',
  'matching.settings.preview.yes': 'Yes',
  'matching.settings.preview.no': 'No',
  'matching.settings.preview.entry': '{name} ({score, plural, one {# point} other {# points}})',

  'form.matching.minScore.required': 'Please enter a minimum score.',
  'form.matching.minScore.invalid': 'Please enter a minimum score from 0 to 100.',
  'form.matching.mode.required': 'Please choose what the round should achieve.',
  'form.matching.mentor.required': 'Please choose a mentor.',
  'form.matching.reason.required':
    'Please say briefly why you choose this mentor instead of one of the ten suggestions.',
  'form.matching.reason.tooLong': 'The reason may be at most 2,000 characters long.',
  'form.matching.weight.invalid': 'Please enter a whole number from 0 to 100 as the weight.',
  'form.matching.weight.invalidFor.topics':
    'Please enter a whole number from 0 to 100 as the weight for “Topics”.',
  'form.matching.weight.invalidFor.organisation':
    'Please enter a whole number from 0 to 100 as the weight for “Organisation”.',
  'form.matching.weight.invalidFor.region':
    'Please enter a whole number from 0 to 100 as the weight for “Region”.',
  'form.matching.weight.invalidFor.formats':
    'Please enter a whole number from 0 to 100 as the weight for “Formats and frequency”.',
  'form.matching.weight.invalidFor.experience':
    'Please enter a whole number from 0 to 100 as the weight for “Experience”.',
  'form.matching.weight.invalidFor.funding':
    'Please enter a whole number from 0 to 100 as the weight for “Funding phase”.',
  'form.matching.weight.invalidFor.languages':
    'Please enter a whole number from 0 to 100 as the weight for “Languages”.',
  'form.matching.days.invalidFor.erinnerung':
    'Please enter a whole number of days from 1 to 90 for the reminder.',
  'form.matching.days.invalidFor.ablauf': 'Please enter a whole number of days from 1 to 90 for the expiry.',
  'form.matching.weight.allZero': 'At least one criterion needs a weight above 0.',
  'form.matching.days.invalid': 'Please enter a whole number of days from 1 to 90.',
  'form.matching.expiry.afterReminder': 'The expiry must come after the reminder.',
};
