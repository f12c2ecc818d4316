// Dated events of a site or an infrastructure feature (DESIGN.md "Dated events"): what happened or
// is planned, when (as precisely as the source says), in words, and from which sources.
import * as z from 'zod';
import { eventDateSpan } from '../event-dates';
import { LocalizedText, Source } from './common';
import { EVENT_KINDS } from './vocabulary';

export { EVENT_KINDS };
export const EventKind = z.enum(EVENT_KINDS);

/** 2016, 2016-07, 2016-07-07, or a range of those: 2028/2029. */
export const EventDate = z.string().superRefine((date, ctx) => {
  const span = eventDateSpan(date);
  if (typeof span === 'string') ctx.addIssue({ code: 'custom', message: span });
});

/**
 * An event; `status` is the status it gave the feature (the feature's own vocabulary), which a
 * `status_changed` event must name and no other kind may.
 */
export function datedEvent<S extends z.ZodType>(status: S) {
  return z
    .strictObject({
      date: EventDate,
      kind: EventKind,
      status: status.optional(),
      text: LocalizedText,
      sources: z.array(Source).min(1, 'every event needs at least one source'),
    })
    .superRefine((event, ctx) => {
      if (event.kind === 'status_changed' && event.status === undefined) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'a status_changed event names the status it gave' });
      }
      if (event.kind !== 'status_changed' && event.status !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: `only a status_changed event names a status, not ${event.kind}` });
      }
    });
}
