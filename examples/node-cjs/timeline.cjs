// Prints one partner's C5+ meetings in date order, using @c5plus/core from
// CommonJS. Usage: node timeline.cjs [partner]   (default: japan)
const { formatNameIn, getPartner, PARTNER_IDS, timeline, yearOf } = require('@c5plus/core');

const partnerId = process.argv[2] ?? 'japan';
const partner = getPartner(partnerId);
if (!PARTNER_IDS.includes(partnerId) || partner === undefined) {
  console.error(`Unknown partner "${partnerId}". Known partners: ${PARTNER_IDS.join(', ')}`);
  process.exit(2);
}

const meetings = timeline({ partner: partnerId, c5plus: true });
console.log(`C5+ meetings with ${partner.name.en} (${meetings.length}):`);
for (const meeting of meetings) {
  const place = meeting.place
    ? `, ${[meeting.place.city, meeting.place.country].filter(Boolean).join(', ')}`
    : '';
  const status = meeting.status === 'held' ? '' : ` [${meeting.status}]`;
  // The format's name changed over time (e.g. to CA+JAD in 2025): show the one in use then.
  const format = formatNameIn(partner, yearOf(meeting.date));
  console.log(`${meeting.date.padEnd(10)}  ${meeting.title}${place}${status} (${format})`);
}
