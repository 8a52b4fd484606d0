// Prints one partner's C5+ meetings in date order, using @c5plus/core's types
// from TypeScript. Build and run: npx tsc -p . && node dist/timeline.js [partner]
import {
  type DatedEvent,
  formatNameIn,
  getPartner,
  PARTNER_IDS,
  type Partner,
  type PartnerId,
  timeline,
  yearOf,
} from '@c5plus/core';

/** Narrows a command-line word to a partner id, so the filter below type-checks. */
function isPartnerId(word: string): word is PartnerId {
  return (PARTNER_IDS as readonly string[]).includes(word);
}

function line(meeting: DatedEvent, partner: Partner): string {
  const place = meeting.place
    ? `, ${[meeting.place.city, meeting.place.country].filter(Boolean).join(', ')}`
    : '';
  const status = meeting.status === 'held' ? '' : ` [${meeting.status}]`;
  // The format's name changed over time (e.g. to CA+JAD in 2025): show the one in use then.
  const format = formatNameIn(partner, yearOf(meeting.date));
  return `${meeting.date.padEnd(10)}  ${meeting.title}${place}${status} (${format})`;
}

const partnerId = process.argv[2] ?? 'japan';
const partner = isPartnerId(partnerId) ? getPartner(partnerId) : undefined;
if (!isPartnerId(partnerId) || partner === undefined) {
  console.error(`Unknown partner "${partnerId}". Known partners: ${PARTNER_IDS.join(', ')}`);
  process.exit(2);
}

const meetings: DatedEvent[] = timeline({ partner: partnerId, c5plus: true });
console.log(`C5+ meetings with ${partner.name.en} (${meetings.length}):`);
for (const meeting of meetings) console.log(line(meeting, partner));
