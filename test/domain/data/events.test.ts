// Dated events in the data: each one checked by the schema, all of a feature's checked together
// by the data build (their order, and the status they give), with messages that name the file,
// the feature and the events.
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../../src/domain/data/build-region';
import { formatProblem } from '../../../src/domain/data/format-issues';
import { fixtureRegionFiles, reader, sitesOf, type Loose } from '../../helpers/region-files';

const source = { title: 'Источник', url: 'https://example.org/a', accessed: '2026-11-01' };
const event = (date: string, kind: string, extra: object = {}) => ({ date, kind, ...extra, text: { ru: 'Событие' }, sources: [source] });

function withEvents(events: unknown[], status?: string) {
  const files = fixtureRegionFiles();
  const site = sitesOf(files)[0] as Loose;
  site.properties.events = events;
  if (status) site.properties.status = status;
  return { problems: buildRegion(reader(files)).problems.map(formatProblem), id: site.properties.id as string, status: site.properties.status as string };
}

describe('dated events', () => {
  it('pass when they agree with each other and with the status', () => {
    expect(withEvents([event('2016-07-07', 'created'), event('2028/2029', 'planned_commissioning'), event('2030', 'extended_until')]).problems).toEqual([]);
  });

  it('are refused when a date cannot be read, naming the event', () => {
    const { problems, id } = withEvents([event('07.07.2016', 'created')]);
    expect(problems).toEqual([`sites.geojson: feature "${id}": properties.events[0].date: "07.07.2016" is not a date: write 2016, 2016-07 or 2016-07-07`]);
  });

  it('are refused when something is commissioned before it was created, naming both events', () => {
    const { problems, id } = withEvents([event('2012', 'created'), event('2010-05', 'commissioned')], 'operating');
    expect(problems).toEqual([`sites.geojson: feature "${id}": properties.events[1].date: events[1] (commissioned, 2010-05) is before events[0] (created, 2012)`]);
  });

  it('give the status where they say it, and a different status field is refused', () => {
    const ok = withEvents([event('2012', 'created'), event('2020-03', 'status_changed', { status: 'operating' })], 'operating');
    expect(ok.problems).toEqual([]);
    const { problems, id } = withEvents([event('2012', 'created'), event('2020-03', 'status_changed', { status: 'operating' })], 'planned');
    expect(problems).toEqual([
      `sites.geojson: feature "${id}": properties.status: is "planned", but events[1] (status_changed, 2020-03) makes it "operating" as of 2026-11-01: change one of them`,
    ]);
  });

  it('a status_changed event names its status, in the feature\'s vocabulary', () => {
    const { problems } = withEvents([event('2020', 'status_changed')]);
    expect(problems[0]).toContain('properties.events[0].status: a status_changed event names the status it gave');
    expect(withEvents([event('2020', 'status_changed', { status: 'existing' })]).problems[0]).toContain('properties.events[0].status');
  });
});
