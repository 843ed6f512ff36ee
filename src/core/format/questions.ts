// The packaging test as six yes/no questions (spec §3.1). Every face that asks a PM for signals shows these words:
// the editor's "Answer the packaging test…", signal hovers and completions, the matrix's signal columns, `explain`
// and `suggest`. With the questions two growth leads agreed on 86% of recommendations; without them, 41%.
import type { Signal } from '../types';

export interface SignalQuestion {
  signal: Signal;
  /** the question, as the spec words it */
  question: string;
  /** the question in a few words, for a column header's tooltip or a picker's label */
  short: string;
  /** plainly yes */
  yes: string;
  /** plainly no (often the answer belongs to another signal) */
  no: string;
}

export const SIGNAL_QUESTIONS: Record<Signal, SignalQuestion> = {
  virality: {
    signal: 'virality',
    question:
      'When someone uses it normally, does a person who is not yet a user but could become one (an invitee, guest, attendee, recipient, public visitor) see the product or get pulled into it?',
    short: 'Does normal use pull in people who are not users yet?',
    yes: 'invites, share links, guests, external channels, meeting attendees, public pages or output that carry the product’s name',
    no: 'seats an admin provisions (that is expansion), output with no trace of the product (removed branding, white-label), spread only among existing users',
  },
  universality: {
    signal: 'universality',
    question:
      'Would a one-person user and an employee of a large company both use it, in the same basic form?',
    short: 'Would a solo user and a large company’s employee both use it, as is?',
    yes: 'the core editor, search, mobile and desktop apps, baseline security such as 2FA, self-serve help',
    no: 'every “advanced”, “custom” or “full” variant, exports, admin tools, integrations with a specific system',
  },
  ahaMoment: {
    signal: 'ahaMoment',
    question:
      'Must a typical new user use it in the first session to get the value the product is bought for?',
    short: 'Must a new user use it in the first session to get the core value?',
    yes: 'the core object and its first action: create the first board, send the first campaign, start the first meeting',
    no: 'what only speeds that up (templates, imports, onboarding help), unless the first value is built from it; settings; admin',
  },
  habitLoop: {
    signal: 'habitLoop',
    question:
      'Does it create a trigger — a notification, message, mention, recurring event or fresh result — that brings the account’s own users back without them deciding to return?',
    short: 'Does it send the account’s own users a trigger that brings them back?',
    yes: 'notifications, mentions, channels, reminders, digests, recurring meetings, alerts',
    no: 'triggers that reach someone else’s audience (a marketer’s automations reach subscribers), dashboards opened at will',
  },
  friction: {
    signal: 'friction',
    question:
      'If every free user had it, would the product spread more slowly — because it limits who can join, see or share, enforces an admin policy on users, or removes the product’s branding from what non-users see?',
    short:
      'Free for everyone, would it slow the spread (restrict who joins or shares, enforce policy, remove branding)?',
    yes: 'SSO and SCIM enforcement, domain claiming, approval flows, guest and sharing restrictions, information barriers, “remove branding”',
    no: 'security that restricts no one (2FA, encryption), compliance certificates, support tiers and SLAs, cost to serve (that is expansion)',
  },
  expansion: {
    signal: 'expansion',
    question:
      'Does the amount used grow as the customer grows — seats, storage, records, runs, history, contacts, minutes, credits — so that it can be counted and walled?',
    short: 'Does the amount used grow as the customer grows, so it can be counted and walled?',
    yes: 'what limits count: members, storage, messages or history kept, automation runs, contacts, sends, minutes, AI credits',
    no: 'what a larger organisation needs but does not use more of: HIPAA, data residency, SLAs, support tiers, audit logs, admin consoles (either, placed by tier; or friction when they enforce a policy)',
  },
};

/** "Answer it for what the feature is, not where it sits today" — said once wherever the questions are asked. */
export const QUESTIONS_GUIDANCE =
  'Answer each question for what the feature is for your typical customer, not for where it sits today; yes only when the answer is plainly yes.';

/** The question and its examples as Markdown (hovers, completion docs, `explain`). */
export function questionMarkdown(signal: Signal): string {
  const q = SIGNAL_QUESTIONS[signal];
  return `**${q.question}**\n\nYes, for example: ${q.yes}.\n\nNo, for example: ${q.no}.`;
}
