import type { RadarSeries } from './radar-config';

/** The chart's legend as HTML: solid line and dot for the primary series, dashes and triangle for the other. */
export function RadarLegend({ series }: { readonly series: readonly RadarSeries[] }) {
  return (
    <ul className="ma-legend">
      {series.map((item) => (
        <li key={item.label} className={`ma-legend__item ma-legend__item--${item.kind}`}>
          <svg aria-hidden="true" width="36" height="14" viewBox="0 0 36 14">
            <line x1="2" y1="7" x2="34" y2="7" strokeWidth="2.5" strokeDasharray={item.kind === 'primary' ? undefined : '6 4'} />
            {item.kind === 'primary' ? <circle cx="18" cy="7" r="4" /> : <path d="M18 2 L23 11 L13 11 Z" />}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
