import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import {
  listText,
  positionOf,
  segmentName,
  strategyFor,
  TARGET_ZONE,
  ZONE_IDS,
  zoneName,
  zoneOf,
  type SectionLinks,
  type Segment,
  type SegmentPositioningData,
  type ToolContent,
  type ZoneId,
} from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';
import { strategyText } from './types';
import { SectionLink } from '../SectionLink';

interface Props {
  readonly lang: Lang;
  readonly data: SegmentPositioningData;
  readonly content: ToolContent;
  readonly links: SectionLinks;
  /** Heading level of each zone (3 inside the tool). */
  readonly level?: 3 | 4;
}

/** The strategy of every zone that holds at least one segment, with its chapter links. */
export function StrategyList({ lang, data, content, links, level = 3 }: Props) {
  const t = positioningText(lang);
  const byZone = new Map<ZoneId, Segment[]>();
  for (const segment of data.segments) {
    const position = positionOf(segment);
    if (!position) continue;
    const zone = zoneOf(position);
    byZone.set(zone, [...(byZone.get(zone) ?? []), segment]);
  }
  if (byZone.size === 0) return <p className="sp-empty">{t('strategies.empty')}</p>;
  const Heading = level === 3 ? 'h3' : 'h4';
  const Sub = level === 3 ? 'h4' : 'h5';

  return (
    <div className="sp-strategies">
      {[TARGET_ZONE, ...ZONE_IDS.filter((zone) => zone !== TARGET_ZONE)].filter((zone) => byZone.has(zone)).map((zone) => {
        const rule = strategyFor(zone);
        const text = strategyText(content, rule.id);
        const segments = byZone.get(zone) ?? [];
        const moving = segments.filter((segment) => segment.target && zoneOf(segment.target) !== zone);
        const readMore = rule.sections.filter((section) => !['learning-strands', 'participation-levels', 'control-levers'].includes(section));
        return (
          <article key={zone} className={`sp-strategy${rule.basis === 'method' ? ' sp-strategy--target' : ''}`} data-zone={zone}>
            <Heading className="sp-strategy__zone">{zoneName(zone, t)}</Heading>
            <p className="sp-strategy__segments">{t('strategies.segments', { names: listText(segments.map((segment) => segmentName(segment, t)), lang) })}</p>
            <Sub className="sp-strategy__title">{text?.title}</Sub>
            <p className="sp-strategy__basis">{t(`strategies.basis.${rule.basis}`)}</p>
            <p>{text?.summary}</p>
            <dl className="sp-strategy__facts">
              <div>
                <dt>{t('strategies.learning')}</dt>
                <dd>
                  {rule.learning.map((path) => t(`learning.${path}`)).join(' → ')}{' '}
                  <span className="sp-ref">(<SectionLink link={links['learning-strands']} />)</span>
                </dd>
              </div>
              <div>
                <dt>{t('strategies.direction')}</dt>
                <dd>{t(`direction.${rule.direction}`)}</dd>
              </div>
              <div>
                <dt>{t('strategies.participation')}</dt>
                <dd>
                  {t(`participation.${rule.participation}`)}{' '}
                  <span className="sp-ref">(<SectionLink link={links['participation-levels']} />)</span>
                </dd>
              </div>
              <div>
                <dt>{t('strategies.levers')}</dt>
                <dd>
                  {rule.levers.map((lever) => t(`lever.${lever}`)).join(', ')}{' '}
                  <span className="sp-ref">(<SectionLink link={links['control-levers']} />)</span>
                </dd>
              </div>
            </dl>
            <p className="sp-strategy__label">{t('strategies.actions')}</p>
            <ul>
              {text?.actions.map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ul>
            <p>
              <strong>{t('strategies.watch')}</strong>{' '}
              {text?.watch}
            </p>
            <p>
              <strong>{t('strategies.aim')}</strong>{' '}
              {text?.aim}
            </p>
            {moving.length > 0 ? (
              <p className="sp-strategy__moving">
                {t('strategies.moving', {
                  items: listText(
                    moving.map((segment) =>
                      t('strategies.movingItem', { name: segmentName(segment, t), zone: segment.target ? zoneName(zoneOf(segment.target), t) : '' }),
                    ),
                    lang,
                  ),
                })}
              </p>
            ) : null}
            <p className="sp-strategy__more">
              {t('strategies.readMore')}{' '}
              {readMore.map((section, index) => (
                <span key={section}>
                  {index > 0 ? ' · ' : ''}
                  <SectionLink link={links[section]} />
                </span>
              ))}
            </p>
          </article>
        );
      })}
    </div>
  );
}
