import type { tandemsMilestones as de } from '../de/tandems-milestones.ts';

export const tandemsMilestones: Record<keyof typeof de, string> = {
  'tandems.milestones.back': 'Back to the tandem with {name}',
  'tandems.milestones.page.title': 'Goals and milestones',
  'tandems.milestones.page.lead':
    'Record your goals and the milestones on the way. The guide advises: take time to celebrate successes and milestones together!',
  'tandems.milestones.section.title': 'Goals and milestones',
  'tandems.milestones.section.edit': 'Edit goals and milestones',
  'tandems.milestones.section.view': 'View all goals and milestones',
  'tandems.milestones.none':
    'No goals yet. The concrete goals of your agreement appear here once you have both confirmed it; you can also add goals yourselves.',
  'tandems.milestones.progress':
    '{reached} of {total, plural, one {# milestone} other {# milestones}} reached',
  'tandems.milestones.state.open': 'open',
  'tandems.milestones.state.reached': 'reached',
  'tandems.milestones.state.celebrated': 'reached and celebrated',
  'tandems.milestones.markReached': 'Mark as reached: {title}',
  'tandems.milestones.reopen': 'Reopen: {title}',
  'tandems.milestones.celebrate': 'Celebrate: {title}',
  'tandems.milestones.newGoal': 'New goal',
  'tandems.milestones.newMilestone': 'New milestone',
  'tandems.milestones.field.goal': 'Goal',
  'tandems.milestones.field.forGoal': 'For which goal?',
  'tandems.milestones.field.milestone': 'Milestone',
  'tandems.milestones.addGoal': 'Add goal',
  'tandems.milestones.addMilestone': 'Add milestone',
  'tandems.milestones.flash.goalAdded': 'The goal is added.',
  'tandems.milestones.flash.milestoneAdded': 'The milestone is added.',
  'tandems.milestones.flash.reached': 'Done! Celebrate the success together – with “Celebrate”.',
  'tandems.milestones.flash.reopened': 'Marked as open again.',
  'tandems.milestones.flash.celebrated': 'Congratulations! You have both received a congratulation email.',
  'tandems.milestones.flash.notToCelebrate': 'This success is already celebrated or not reached yet.',
  'tandems.milestones.error.reached':
    'We could not save this change to the goal or milestone. Please try again.',
  'tandems.milestones.error.title.required': 'Please enter a title.',
  'tandems.milestones.error.title.tooLong': 'The title may have at most 200 characters.',
  'tandems.milestones.error.goal.required': 'Please choose the goal the milestone belongs to.',
  'tandems.milestones.mail.subject': 'Congratulations: your tandem has reached a success',
  'tandems.milestones.mail.body':
    'Your tandem in the programme {programme} has reached a milestone – congratulations!',
  'tandems.milestones.mail.guide': 'Take time to celebrate the success together.',
  'tandems.milestones.mail.confidential':
    'For confidentiality, this email does not name the milestone. You find it in the tandem after signing in.',
  'tandems.milestones.mail.action': 'See goals and milestones',
};
