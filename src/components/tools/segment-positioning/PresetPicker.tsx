import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import type { Preset } from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';

interface Props {
  readonly lang: Lang;
  readonly presets: readonly Preset[];
  readonly onLoad: (preset: Preset) => void;
}

/** Example sets a trainer can open in one click, each clearly marked as an illustration. */
export function PresetPicker({ lang, presets, onLoad }: Props) {
  const t = positioningText(lang);
  return (
    <div className="sp-presets">
      <p className="res-hint">{t('presets.intro')}</p>
      <ul className="sp-presets__list">
        {presets.map((preset) => (
          <li key={preset.id} className="sp-preset">
            <p className="sp-preset__title">
              <span className="sp-badge">{t('presets.badge')}</span> {preset.title}
            </p>
            <p className="res-hint">{preset.description}</p>
            <button type="button" className="res-button" onClick={() => onLoad(preset)}>
              {t('presets.load', { title: preset.title })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
