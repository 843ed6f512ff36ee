import type { Obj } from './read';

// Units and billing terms from the source's free-text `unit` strings: "user/month" -> per seat, monthly;
// a limit's unit as a plural noun ("contacts", "minutes").

const MONTH = /\b(month|mo|monthly)\b/;
const YEAR = /\b(year|yr|annual|annually|yearly)\b/;
const SEAT_SUBJECT =
  /^(\d+\s+)?(user|users|seat|seats|member|members|editor|editors|person|people|agent|agents|host|hosts|kiosk user|host seat|license|licenses)$/;
const WORKSPACE_SUBJECT = /^(workspace|workspaces|team|teams|site|sites|project|projects)$/;
const ACCOUNT_SUBJECT = /^(account|accounts|organization|organisation|org|company)$/;
const USAGE_SUBJECT =
  /^(usage|gb|tb|mb|message|messages|credit|credits|activehour|hour|execution|block|source|phonenumber|domain|channel|component|attendee|activecommiter|connection|location)$/;

/** `per` and `period` of a plan or add-on from its `unit` ("user/month", "/year", "500 users/month"). */
export function perAndPeriod(unit: string | undefined): { per?: string; period?: string } {
  if (!unit) return {};
  const u = unit.toLowerCase();
  const out: { per?: string; period?: string } = {};
  if (MONTH.test(u)) out.period = 'month';
  else if (YEAR.test(u)) out.period = 'year';
  const subject = (u.split('/')[0] ?? '').replace(/^(per|usd|eur)\s+/, '').trim();
  const subj = subject.replace(/^usd\s*/, '');
  if (SEAT_SUBJECT.test(subj) || /^usd\/user/.test(u)) {
    // "500 users/month" is a bundle price, not per seat
    if (!/^\d/.test(subj)) out.per = 'seat';
  } else if (WORKSPACE_SUBJECT.test(subj)) out.per = 'workspace';
  else if (ACCOUNT_SUBJECT.test(subj)) out.per = 'account';
  else if (USAGE_SUBJECT.test(subj.replace(/\s+/g, ''))) out.per = 'usage';
  return out;
}

const TIME_UNITS = /^(minute|hour|day|week|month|year)s?$/;
const ABBREV: Record<string, string> = Object.assign(Object.create(null), {
  min: 'minutes',
  mins: 'minutes',
  h: 'hours',
  hr: 'hours',
  persons: 'people',
  person: 'people',
});

/** Units as packaging.yaml writes them: plural nouns ("contacts", "minutes", "credits/month"). */
export function pluralUnit(unit: string): string {
  const u = unit.trim();
  const [head, ...rest] = u.split('/');
  const h = head!.trim();
  let p = ABBREV[h.toLowerCase()];
  if (p === undefined) {
    if (!/^[a-z]+$/.test(h) || /s$/.test(h) || h === 'people' || h === 'usage') p = h;
    else if (/[^aeiou]y$/.test(h)) p = `${h.slice(0, -1)}ies`;
    else if (/(ch|sh|x)$/.test(h)) p = `${h}es`;
    else p = `${h}s`;
  }
  return [p, ...rest].join('/');
}

const NUMBER_OF = /\bnumber of ([a-z]+)/i;

/**
 * The unit of a usage limit: its `unit`, unless its description says it counts a span of time and the unit
 * says otherwise (Slack's history: "number of days", unit "message"); with no unit, the noun of
 * "number of X" in the description.
 */
export function limitUnit(l: Obj): { unit?: string; note?: string } {
  const raw = typeof l.unit === 'string' && l.unit.trim() !== '' ? l.unit.trim() : undefined;
  const desc = typeof l.description === 'string' ? l.description : '';
  const m = NUMBER_OF.exec(desc);
  const noun = m?.[1]?.toLowerCase();
  if (noun && TIME_UNITS.test(noun) && (!raw || !TIME_UNITS.test(raw.split('/')[0]!.toLowerCase()))) {
    return {
      unit: pluralUnit(noun),
      ...(raw
        ? {
            note: `unit "${raw}" contradicts the description ("number of ${noun}"): imported as ${pluralUnit(noun)}`,
          }
        : {}),
    };
  }
  if (raw) return { unit: pluralUnit(raw) };
  if (noun && !/^(the|a|an)$/.test(noun)) return { unit: pluralUnit(noun) };
  return {};
}

/** "usersLimit" -> users, "useWorkspaces" -> Workspaces, "maxMeetingDuration" stays. */
export function limitBaseKey(key: string): string {
  const k = key.replace(/^use(?=[A-Z])/, '').replace(/(?<=[a-z0-9])Limit$/, '');
  return k === '' ? key : k.charAt(0).toLowerCase() + k.slice(1);
}
