import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { NAME_MAX, TEXT_MAX, type OfferData } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { ChoiceGroup } from './ChoiceGroup';

interface Props {
  readonly lang: Lang;
  readonly offer: OfferData;
  readonly onChange: (change: (offer: OfferData) => OfferData) => void;
}

/** Step 1: name, sector, description, and the physical and mental involvement asked. */
export function OfferStep({ lang, offer, onChange }: Props) {
  const t = plannerText(lang);
  const id = useId();
  return (
    <div className="pp-fields">
      <div className="res-field">
        <label htmlFor={`${id}-name`}>{t('offer.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={offer.name}
          maxLength={NAME_MAX}
          onChange={(event) => {
            const name = event.currentTarget.value;
            onChange((current) => ({ ...current, name }));
          }}
        />
      </div>
      <div className="res-field">
        <label htmlFor={`${id}-sector`}>{t('offer.sector')}</label>
        <input
          id={`${id}-sector`}
          type="text"
          value={offer.sector}
          maxLength={NAME_MAX}
          onChange={(event) => {
            const sector = event.currentTarget.value;
            onChange((current) => ({ ...current, sector }));
          }}
        />
      </div>
      <div className="res-field pp-field--wide">
        <label htmlFor={`${id}-description`}>{t('offer.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={offer.description}
          maxLength={TEXT_MAX}
          onChange={(event) => {
            const description = event.currentTarget.value;
            onChange((current) => ({ ...current, description }));
          }}
        />
      </div>
      <div className="pp-field--wide pp-pair">
        <ChoiceGroup
          lang={lang}
          field="physical"
          value={offer.physical}
          onChange={(value) => onChange((current) => ({ ...current, physical: value as OfferData['physical'] }))}
        />
        <ChoiceGroup
          lang={lang}
          field="mental"
          value={offer.mental}
          onChange={(value) => onChange((current) => ({ ...current, mental: value as OfferData['mental'] }))}
        />
      </div>
    </div>
  );
}
