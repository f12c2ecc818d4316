// Sites side by side: one row per field, the best value of each row marked (in text too). A
// panel like the others: its close button and Escape clear the comparison (Back brings it back),
// and focus returns to the checkbox that opened it.
import { Panel } from '../../components/panel';
import type { Comparison } from '../../view-model/compare';
import { translate, type Lang } from '../../i18n/lang';

interface CompareViewProps {
  comparison: Comparison;
  lang: Lang;
  onRemove: (id: string) => void;
  onClear: () => void;
  onOpen: (id: string) => void;
}

export function CompareView({ comparison, lang, onRemove, onClear, onOpen }: CompareViewProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return (
    <Panel className="panel compare-view" titleId="compare-title" title={t('compareTitle')} closeLabel={t('clearCompare')} onClose={onClear}>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <td />
              {comparison.columns.map((c) => (
                <th key={c.id} scope="col">
                  <button type="button" className="link" onClick={() => onOpen(c.id)}>
                    {c.name}
                  </button>
                  <button type="button" className="remove" onClick={() => onRemove(c.id)} aria-label={`${t('removeFromCompare')}: ${c.name}`}>
                    ×
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={comparison.columns[i]!.id} className={cell.best ? 'best' : undefined}>
                    {cell.text === null ? <span className="no-data">{t('noData')}</span> : cell.text}
                    {cell.approximate && <span className="approx"> ({t('approximate')})</span>}
                    {cell.best && <span className="best-mark"> ★<span className="visually-hidden">{t('best')}</span></span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
