// The "what changed" report as CSV, loaded on demand as the sites' export is, by the same writer.
import { csvText } from './export';
import type { ReportRow } from './release-report';

export const REPORT_COLUMNS = ['change', 'id', 'name', 'what', 'before', 'after'] as const;

/** The report as CSV (BOM for Excel; formulas defused, as the sites' export). */
export function reportCsv(rows: readonly ReportRow[]): string {
  const data = rows.map((r) => [r.changeLabel, r.id, r.name, r.what, r.before, r.after]);
  return csvText(REPORT_COLUMNS, data);
}
