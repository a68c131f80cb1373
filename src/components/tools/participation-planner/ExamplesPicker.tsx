import type { Lang } from '../../../lib/i18n-core';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly onLoad: (id: string) => void;
}

/** Worked examples, folded so the plan comes first, each loaded in one click as a new plan; all are labelled as illustrations. */
export function ExamplesPicker({ lang, onLoad }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const examples = content.words.examples;
  return (
    <details className="pp-examples">
      <summary>
        <h2 className="pp-examples__heading">{t('examples.legend')}</h2>
      </summary>
      <p className="pp-help">{t('examples.intro')}</p>
      <ul className="pp-examples__list">
        {examples.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              className="res-button"
              aria-label={t('examples.load', { label: example.label })}
              onClick={() => onLoad(example.id)}
            >
              {example.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
