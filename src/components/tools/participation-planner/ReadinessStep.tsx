import type { Lang } from '../../../lib/i18n-core';
import { READINESS_FIELDS, type ReadinessData } from '../../../lib/participation-planner/index';
import { ChoiceGroup } from './ChoiceGroup';

interface Props {
  readonly lang: Lang;
  readonly readiness: ReadinessData;
  readonly onChange: (change: (readiness: ReadinessData) => ReadinessData) => void;
}

/** Step 6: the readiness factors, the risk of deviant behaviour and how much the result matters. */
export function ReadinessStep({ lang, readiness, onChange }: Props) {
  return (
    <div className="pp-grid">
      {READINESS_FIELDS.map((field) => (
        <ChoiceGroup
          key={field}
          lang={lang}
          field={field}
          value={readiness[field]}
          onChange={(value) => onChange((current) => ({ ...current, [field]: value }))}
        />
      ))}
    </div>
  );
}
