import { useCallback, useMemo, useRef } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { prepareChartsForPrint } from '../../charts/deferred';
import { makeEnvelope, type ResultEnvelope } from '../../../lib/results/envelope';
import { isoNow, randomResultId } from '../../../lib/results/ids';
import {
  evaluatePlan,
  exampleData,
  exampleTitle,
  leverLabel,
  LEVERS,
  createPlannerTool,
  stepStatuses,
  mixSentence,
  type PlannerContent,
  type PlannerData,
  type StepId,
} from '../../../lib/participation-planner/index';
import { pt } from '../../../i18n/tools/participation-planner/index';
import { ResultsToolbar } from '../../results/ResultsToolbar';
import { ShareView } from '../../results/ShareView';
import { useResultStore } from '../../results/useResultStore';
import { useSharedResult } from '../../results/useSharedResult';
import { ActionPlanStep } from './ActionPlanStep';
import { ChecklistStep } from './ChecklistStep';
import { ChoiceGroup } from './ChoiceGroup';
import { ControlMixView } from './ControlMixView';
import { ExamplesPicker } from './ExamplesPicker';
import { OfferStep } from './OfferStep';
import { PlanSummary } from './PlanSummary';
import { ProfileStep } from './ProfileStep';
import { ReadinessStep } from './ReadinessStep';
import { StepNav } from './StepNav';
import { StepSection, stepHeadingId } from './StepSection';
import { TimingStep } from './TimingStep';
import { PAPER_COLORS } from './useThemeColors';
import type { SectionLink } from '../../../lib/section-links';
import type { ExplainAnchors, StepLinksProps } from './types';
import { PlannerContentContext } from './content-context';
import '../../results/results.css';
import './planner.css';

interface Props {
  readonly lang: Lang;
  /** The page's content, in its language only (parsed at build time). */
  readonly content: PlannerContent;
  readonly links: StepLinksProps;
  readonly ruleLinks: Readonly<Record<string, SectionLink>>;
  readonly explain: ExplainAnchors;
}

/** The participation-control planner: ten sections over one result of the results layer. */
export function ParticipationPlanner({ lang, content, links, ruleLinks, explain }: Props) {
  const tool = useMemo(() => createPlannerTool(content), [content]);
  const session = useResultStore(tool, lang);
  const { shared, close } = useSharedResult(tool, lang);
  const envelopeRef = useRef<ResultEnvelope<PlannerData> | null>(null);
  envelopeRef.current = session.envelope;

  const getChartCanvases = useCallback(async (): Promise<HTMLCanvasElement[]> => {
    const { exportMixCanvas } = await import('./chart-setup');
    const envelope = envelopeRef.current;
    if (!envelope) return [];
    const { emphasis } = evaluatePlan(envelope.data, content);
    const name = envelope.data.offer.name.trim() || envelope.title.trim();
    return [
      exportMixCanvas({
        labels: LEVERS.map((lever) => leverLabel(lang, lever)),
        values: LEVERS.map((lever) => emphasis.levers[lever].value),
        legend: pt(lang, 'mix.chartLegend'),
        title: name ? `${pt(lang, 'mix.chartTitle')} — ${name}` : pt(lang, 'mix.chartTitle'),
        colors: PAPER_COLORS,
        locale: lang,
      }),
    ];
  }, [lang, content]);

  const goTo = useCallback((target: StepId | 'steps') => {
    const element = document.getElementById(target === 'steps' ? 'pp-steps' : stepHeadingId(target));
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  }, []);

  const { updateData, announce, addResults } = session;
  const set = useCallback(
    <K extends keyof PlannerData>(key: K) =>
      (change: (value: PlannerData[K]) => PlannerData[K]) =>
        updateData((data) => ({ ...data, [key]: change(data[key]) })),
    [updateData],
  );

  const loadExample = useCallback(
    (id: string) => {
      const data = exampleData(id, lang, content);
      if (!data) return;
      const envelope = makeEnvelope({
        tool: tool.id,
        schemaVersion: tool.schemaVersion,
        data,
        lang,
        id: randomResultId(),
        now: isoNow(),
        title: exampleTitle(id, lang, content),
      });
      const added = addResults([envelope]);
      const label = content.words.examples.find((example) => example.id === id)?.label ?? id;
      if (added.length > 0) announce(pt(lang, 'examples.loaded', { label }));
    },
    [addResults, announce, lang, content, tool],
  );

  const envelope = session.envelope;
  const evaluation = useMemo(() => (envelope ? evaluatePlan(envelope.data, content) : null), [envelope, content]);

  if (shared.kind !== 'none') {
    return (
      <PlannerContentContext.Provider value={content}>
        <div className="res-root pp-root">
          <ShareView
            lang={lang}
            shared={shared}
            renderResult={(result) => <PlanSummary lang={lang} envelope={result} idPrefix="pp-share" />}
            onKeepCopy={session.keepCopy}
            onBack={close}
          />
        </div>
      </PlannerContentContext.Provider>
    );
  }

  const data = envelope?.data;
  return (
    <PlannerContentContext.Provider value={content}>
      <div className="res-root pp-root">
        <ResultsToolbar
          session={session}
          lang={lang}
          getChartCanvases={getChartCanvases}
          renderProjector={(result) => <PlanSummary lang={lang} envelope={result} idPrefix="pp-projector" />}
        />
        {envelope && data && evaluation ? (
          <>
            <ExamplesPicker lang={lang} onLoad={loadExample} />
            <StepNav lang={lang} statuses={stepStatuses(data)} onGo={goTo} />
            <StepSection lang={lang} step="offer" links={links.offer} onGo={goTo}>
              <OfferStep lang={lang} offer={data.offer} onChange={set('offer')} />
            </StepSection>
            <StepSection lang={lang} step="timing" links={links.timing} onGo={goTo}>
              <TimingStep lang={lang} timing={data.timing} onChange={set('timing')} />
            </StepSection>
            <StepSection lang={lang} step="level" links={links.level} onGo={goTo}>
              <ChoiceGroup
                lang={lang}
                field="level"
                value={data.level}
                onChange={(value) => set('level')(() => value as PlannerData['level'])}
              />
            </StepSection>
            <StepSection lang={lang} step="personalisation" links={links.personalisation} onGo={goTo}>
              <ChoiceGroup
                lang={lang}
                field="personalisation"
                value={data.personalisation}
                onChange={(value) => set('personalisation')(() => value as PlannerData['personalisation'])}
              />
            </StepSection>
            <StepSection lang={lang} step="profile" links={links.profile} onGo={goTo}>
              <ProfileStep
                lang={lang}
                data={data}
                proposal={evaluation.proposal}
                howHref={explain.profile}
                onChange={set('profile')}
                onGoToLevel={() => goTo('level')}
              />
            </StepSection>
            <StepSection lang={lang} step="readiness" links={links.readiness} onGo={goTo}>
              <ReadinessStep lang={lang} readiness={data.readiness} onChange={set('readiness')} />
            </StepSection>
            <StepSection lang={lang} step="mix" links={links.mix} onGo={goTo}>
              <ControlMixView
                lang={lang}
                emphasis={evaluation.emphasis}
                mixSentence={mixSentence(evaluation.emphasis, lang)}
                howHref={explain.emphasis}
                ruleLinks={ruleLinks}
              />
            </StepSection>
            <StepSection lang={lang} step="actions" links={links.actions} onGo={goTo}>
              <ActionPlanStep
                lang={lang}
                actions={data.actions}
                emphasis={evaluation.emphasis}
                onChange={(change) => set('actions')((actions) => change([...actions]))}
                announce={announce}
              />
            </StepSection>
            <StepSection lang={lang} step="checklist" links={links.checklist} onGo={goTo}>
              <ChecklistStep
                lang={lang}
                checks={data.checks}
                onChange={(id, change) =>
                  set('checks')((checks) => ({ ...checks, [id]: change(checks[id] ?? { confirmed: false, note: '' }) }))
                }
              />
            </StepSection>
            <StepSection lang={lang} step="summary" links={links.summary} onGo={goTo}>
              <PlanSummary lang={lang} envelope={envelope} idPrefix="pp-summary" tool={tool} onPrint={() => void prepareChartsForPrint().then(() => window.print())} />
            </StepSection>
          </>
        ) : null}
      </div>
    </PlannerContentContext.Provider>
  );
}

export default ParticipationPlanner;
