// Reads an iCalendar text back with ical.js — a parser independent of the generator — so tests
// assert what a calendar client would see: instants, zones, statuses, alarms, recurrences.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  status: string;
  sequence: number;
  start: Date;
  zone: string | undefined;
  /** Alarm triggers in seconds relative to the start (negative: before). */
  alarms: number[];
  /** The first `count` occurrences of a recurring event (empty otherwise). */
  occurrences(count: number): Date[];
}

export function parseCalendar(text: string): { zones: string[]; name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      zone: event.startDate.zone?.tzid,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
      occurrences(count) {
        if (!event.isRecurring()) return [];
        const iterator = event.iterator();
        return Array.from({ length: count }, () => iterator.next()!.toJSDate());
      },
    };
  });
  return { zones: zones.map((zone) => String(zone.getFirstPropertyValue('tzid'))), name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
