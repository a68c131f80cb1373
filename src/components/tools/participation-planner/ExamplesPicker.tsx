import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { pt } from '../../../i18n/tools/participation-planner/index';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly onLoad: (id: string) => void;
}

/** Worked examples, each loaded in one click as a new plan; all are labelled as illustrations. */
export function ExamplesPicker({ lang, onLoad }: Props) {
  const content = usePlannerContent();
  const headingId = useId();
  const examples = content.words.examples;
  return (
    <section className="pp-examples" aria-labelledby={headingId}>
      <h2 id={headingId} className="pp-examples__heading">
        {pt(lang, 'examples.legend')}
      </h2>
      <p className="pp-help">{pt(lang, 'examples.intro')}</p>
      <ul className="pp-examples__list">
        {examples.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              className="res-button"
              aria-label={pt(lang, 'examples.load', { label: example.label })}
              onClick={() => onLoad(example.id)}
            >
              {example.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
