import { useLayoutEffect, useRef } from 'react';
import { translate, type Lang } from '../i18n/lang';
import type { LegendGroup, LegendLabel } from '../map/layers';
import { INFRA_KIND_NAMES, SITE_STATUS_NAMES } from '../i18n/enums';
import { formatNumber } from '../i18n/format';
import type { LayerGroup } from '../map/layers';
import type { MessageKey } from '../i18n/lang';

interface LegendProps {
  groups: LegendGroup[];
  lang: Lang;
  visible: ReadonlySet<LayerGroup>;
  onToggle: (group: LayerGroup) => void;
  /** Folded at first where space is short (phones, embeds). */
  startOpen?: boolean;
}

/** A legend label in the reader's language: a message with its numbers, or a vocabulary name. */
function legendLabel(label: LegendLabel, lang: Lang): string {
  if ('status' in label) return SITE_STATUS_NAMES[label.status][lang];
  if ('infraKind' in label) return INFRA_KIND_NAMES[label.infraKind][lang];
  const params = label.params ?? {};
  return translate(lang, label.message as MessageKey).replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? formatNumber(params[name]!, lang) : `{${name}}`));
}

// Open at first only where the map is tall enough for it to sit beside the region: at 1280x800 the
// open legend covered a site west of Kemerovo, and on phones it would hide the map. One click opens it.
// Opened before the first paint rather than in the HTML: the page's HTML is written for no screen
// in particular (scripts/build-pages.ts), and the app's first render must equal it.
const roomyScreen = () => !window.matchMedia?.('(max-width: 640px)').matches && window.innerHeight >= 900;

/**
 * The item's colour, set on the element rather than written as a style attribute: the page's HTML
 * is written by the build, and the CSP (style-src 'self') refuses style attributes in HTML.
 */
function Swatch({ item }: { item: LegendGroup['items'][number] }) {
  const swatch = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const style = swatch.current?.style;
    if (!style) return;
    if (item.shape === 'line') {
      style.borderTopColor = item.color;
      style.borderTopWidth = `${item.width ?? 2}px`;
    } else if (item.shape === 'ring') style.borderColor = item.color;
    else style.background = item.color;
  }, [item]);
  return <span ref={swatch} className={`swatch ${item.shape ?? 'circle'}`} aria-hidden="true" />;
}

export function Legend({ groups, lang, visible, onToggle, startOpen }: LegendProps) {
  const details = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    if (details.current && (startOpen ?? roomyScreen())) details.current.open = true;
  }, [startOpen]);
  return (
    <details className="legend" ref={details}>
      <summary>
        <h2>{translate(lang, 'legend')}</h2>
      </summary>
      {groups.map((g) => (
        <fieldset key={g.group} className="legend-group" data-group={g.group}>
          <legend>
            <label>
              <input type="checkbox" checked={visible.has(g.group)} onChange={() => onToggle(g.group)} />
              {translate(lang, g.title)}
            </label>
          </legend>
          <ul>
            {g.items.map((item) => (
              <li key={item.key}>
                <Swatch item={item} />
                {legendLabel(item.label, lang)}
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </details>
  );
}
