import { useId } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { MAX_SEGMENTS, segmentName, SIZE_UNITS, zoneName, zoneOfSegment, type SegmentPositioningData, type SizeUnit } from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';

interface Props {
  readonly lang: Lang;
  readonly data: SegmentPositioningData;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onAdd: () => void;
  readonly onSizeUnit: (unit: SizeUnit) => void;
}

/** The segments as a radio group (which one is being edited and moved), the size unit and "add". */
export function SegmentList({ lang, data, selectedId, onSelect, onAdd, onSizeUnit }: Props) {
  const t = positioningText(lang);
  const id = useId();
  const full = data.segments.length >= MAX_SEGMENTS;
  return (
    <div className="sp-list">
      <div className="res-field sp-field sp-unit">
        <label htmlFor={`${id}-unit`}>{t('list.sizeUnit')}</label>
        <select id={`${id}-unit`} value={data.sizeUnit} onChange={(event) => onSizeUnit(event.currentTarget.value as SizeUnit)}>
          {SIZE_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`unit.${unit}`)}
            </option>
          ))}
        </select>
      </div>
      {data.segments.length === 0 ? (
        <p className="sp-empty">{t('list.empty')}</p>
      ) : (
        <fieldset className="sp-list__group">
          <legend>{t('list.legend')}</legend>
          {data.segments.map((segment) => {
            const zone = zoneOfSegment(segment);
            return (
              <label key={segment.id} className="sp-list__item">
                <input type="radio" name={`${id}-selected`} value={segment.id} checked={segment.id === selectedId} onChange={() => onSelect(segment.id)} />
                <span className="sp-list__name">{segmentName(segment, t)}</span>
                <span className="sp-list__zone">{zone ? zoneName(zone, t) : t('list.notPlaced')}</span>
              </label>
            );
          })}
        </fieldset>
      )}
      <div className="res-actions">
        <button type="button" className="res-button res-button--primary" onClick={onAdd} disabled={full}>
          {t('list.add')}
        </button>
        {full ? <p className="res-hint">{t('list.limit', { max: MAX_SEGMENTS })}</p> : null}
      </div>
    </div>
  );
}
