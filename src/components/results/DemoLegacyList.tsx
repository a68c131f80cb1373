import { t, type Lang } from './deps';

interface Props {
  readonly lang: Lang;
  readonly legacy: Readonly<Record<string, unknown>> | undefined;
}

/** Values an older edition held that have no place now: shown, never dropped. */
export function DemoLegacyList({ lang, legacy }: Props) {
  const entries = Object.entries(legacy ?? {});
  if (entries.length === 0) return null;
  return (
    <div className="res-legacy">
      <p className="res-legacy__heading">{t(lang, 'demo.legacy.heading')}</p>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
