import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarEvents } from '../../../shared/export/ics';
import { conversation, person, uuid } from '../builders';

describe('.ics export of stay-in-touch cadences', () => {
  it('adds a weekly-recurring event from the next due date for each person with a cadence', () => {
    const lee = person({ id: uuid(1), name: 'Lee Park', stayInTouchWeeks: 4 });
    const noCadence = person({ id: uuid(2), name: 'Sam' });
    const entries = [
      conversation({ id: uuid(10), personId: uuid(1), date: '2026-03-02' }),
      conversation({ id: uuid(11), personId: uuid(1), date: '2026-05-01' }), // after today: not yet happened
    ];
    const events = calendarEvents(entries, [lee, noCadence], '2026-03-10');
    expect(events).toEqual([
      {
        uid: `stay-in-touch-${uuid(1)}@sextant.invalid`,
        date: '2026-03-30',
        summary: 'Keep in touch with Lee Park',
        description: 'Every 4 weeks. Logging a conversation in Sextant moves the next date; export again to update.',
        rrule: 'FREQ=WEEKLY;INTERVAL=4',
      },
    ]);
    const ics = buildCalendar(events, '2026-03-10T08:00:00Z');
    expect(ics).toContain(
      [
        `UID:stay-in-touch-${uuid(1)}@sextant.invalid`,
        'DTSTAMP:20260310T080000Z',
        'DTSTART;VALUE=DATE:20260330',
        'DTEND;VALUE=DATE:20260331',
        'RRULE:FREQ=WEEKLY;INTERVAL=4',
        'SUMMARY:Keep in touch with Lee Park',
      ].join('\r\n'),
    );
  });
});
