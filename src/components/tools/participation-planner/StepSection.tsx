import type { ReactNode } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { STEP_IDS, type StepId } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import type { SectionLink } from '../../../lib/section-links';
import { SectionLinks } from '../SectionLink';

interface Props {
  readonly lang: Lang;
  readonly step: StepId;
  readonly links: readonly SectionLink[];
  readonly onGo: (step: StepId | 'steps') => void;
  readonly children: ReactNode;
  readonly className?: string;
}

export const stepDomId = (step: StepId): string => `pp-step-${step}`;
export const stepHeadingId = (step: StepId): string => `pp-step-${step}-heading`;

/** One section of the planner: numbered heading, intro, links to the chapter, content, previous/next. */
export function StepSection({ lang, step, links, onGo, children, className }: Props) {
  const t = plannerText(lang);
  const index = STEP_IDS.indexOf(step);
  const previous = STEP_IDS[index - 1];
  const next = STEP_IDS[index + 1];
  const headingId = stepHeadingId(step);
  return (
    <section id={stepDomId(step)} className={`pp-step pp-step--${step}${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="pp-step__heading">
        {t('step.heading', { n: index + 1, title: t(`step.${step}`) })}
      </h2>
      <p className="pp-step__intro">{t(`intro.${step}`)}</p>
      {links.length > 0 ? <SectionLinks className="pp-step__links" label={t('links.label')} links={links} /> : null}
      {children}
      <div className="pp-step__nav">
        {previous ? (
          <button type="button" className="res-button" onClick={() => onGo(previous)}>
            {t('nav.previous', { step: t(`step.${previous}`) })}
          </button>
        ) : null}
        {next ? (
          <button type="button" className="res-button res-button--primary" onClick={() => onGo(next)}>
            {t('nav.next', { step: t(`step.${next}`) })}
          </button>
        ) : null}
        <button type="button" className="res-button pp-link-button" onClick={() => onGo('steps')}>
          {t('nav.toSteps')}
        </button>
      </div>
    </section>
  );
}
