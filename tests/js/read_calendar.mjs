// Reads an iCalendar file with Mozilla's ical.js (Thunderbird's engine) and prints, as JSON,
// what a calendar client takes from each event: its UID, status, sequence, start and end (a
// moment in UTC, or a day), and each reminder's trigger (a duration in seconds before or after
// the start, or a moment in UTC). The tests compare it with the register's due moments.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}

function when(time) {
  if (time === null) return null;
  if (time.isDate) return time.toString(); // YYYY-MM-DD
  return time.toJSDate().toISOString().replace(/\.000Z$/, "Z");
}

const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  const alarms = component.getAllSubcomponents("valarm").map((alarm) => {
    const trigger = alarm.getFirstPropertyValue("trigger");
    if (trigger instanceof ICAL.Duration) {
      const related = alarm.getFirstProperty("trigger").getParameter("related") || "START";
      return { seconds: trigger.toSeconds(), related };
    }
    return { at: when(trigger) };
  });
  return {
    uid: event.uid,
    status: component.getFirstPropertyValue("status"),
    sequence: event.sequence,
    summary: event.summary,
    start: when(event.startDate),
    end: when(event.endDate),
    alarms,
  };
});
process.stdout.write(JSON.stringify({ method: calendar.getFirstPropertyValue("method"), events }));
