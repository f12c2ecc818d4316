// A release file (`releases/<date>.json`, src/domain/releases.ts): checked when the data build
// copies it and when the app reads it, like every other data file.
import * as z from 'zod';
import { IsoDate, LocalizedText } from './common';
import { EventDate, EventKind } from './events';
import { RELEASE_FIGURES } from '../releases';

const Figures = z.partialRecord(z.enum(RELEASE_FIGURES), z.number().finite());

export const ReleaseFile = z.strictObject({
  region: z.string().min(1),
  date: IsoDate,
  features: z.record(
    z.string(),
    z.strictObject({
      layer: z.enum(['sites', 'infrastructure']),
      name: LocalizedText,
      status: z.string(),
      figures: Figures,
      events: z.array(z.strictObject({ date: EventDate, kind: EventKind, status: z.string().optional(), text: LocalizedText })),
    }),
  ),
});

/** `releases/index.json`: the dates of the region's releases, oldest first. */
export const ReleaseIndex = z.strictObject({ dates: z.array(IsoDate) });
