import { translate, type Lang } from '../i18n/lang';
import type { LegendGroup } from '../map/legend';
import type { LayerGroup } from '../map/layer-ids';
import type { MessageKey } from '../i18n/messages';

const GROUP_TITLE: Record<LayerGroup, MessageKey> = {
  sites: 'layerSites',
  infrastructure: 'layerInfrastructure',
  municipalities: 'layerMunicipalities',
  population: 'layerPopulation',
};

interface LegendProps {
  groups: LegendGroup[];
  lang: Lang;
  visible: ReadonlySet<LayerGroup>;
  onToggle: (group: LayerGroup) => void;
  /** Folded at first where space is short (phones, embeds). */
  startOpen?: boolean;
}

// Open at first on wide screens; folded on phones, where it would hide the map.
const wideScreen = () => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches;

export function Legend({ groups, lang, visible, onToggle, startOpen = wideScreen() }: LegendProps) {
  return (
    <details className="legend" open={startOpen}>
      <summary>
        <h2>{translate(lang, 'legend')}</h2>
      </summary>
      {groups.map((g) => (
        <fieldset key={g.group} className="legend-group" data-group={g.group}>
          <legend>
            <label>
              <input type="checkbox" checked={visible.has(g.group)} onChange={() => onToggle(g.group)} />
              {translate(lang, GROUP_TITLE[g.group])}
            </label>
          </legend>
          <ul>
            {g.items.map((item) => (
              <li key={item.key}>
                <span
                  className={`swatch ${item.shape ?? 'circle'}`}
                  style={item.shape === 'line' ? { borderTopColor: item.color, borderTopWidth: item.width ?? 2 } : { background: item.color }}
                  aria-hidden="true"
                />
                {item.label[lang]}
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </details>
  );
}
