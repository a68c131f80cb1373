import { useCallback, useMemo } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { prepareChartsForPrint } from '../../charts/deferred';
import type { ResultEnvelope } from '../../../lib/results/envelope';
import type { ToolDefinition } from '../../../lib/results/index';
import {
  evaluatePlan,
  exampleData,
  exampleTitle,
  createPlannerTool,
  plannerGroupData,
  stepStatuses,
  mixSentence,
  type PlannerContent,
  type PlannerData,
  type StepId,
} from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { ToolShell } from '../../results/ToolShell';
import type { ResultSession } from '../../results/useResultStore';
import type { WorkshopGroupSpec } from '../../results/WorkshopGroupView';
import { ActionPlanStep } from './ActionPlanStep';
import { ChecklistStep } from './ChecklistStep';
import { ChoiceGroup } from './ChoiceGroup';
import { ControlMixView } from './ControlMixView';
import { ExamplesPicker } from './ExamplesPicker';
import { OfferStep } from './OfferStep';
import { PlanSummary } from './PlanSummary';
import { PlannerGroupView } from './PlannerGroupView';
import { ProfileStep } from './ProfileStep';
import { ReadinessStep } from './ReadinessStep';
import { StepNav } from './StepNav';
import { StepSection, stepHeadingId } from './StepSection';
import { TimingStep } from './TimingStep';
import type { SectionLink } from '../../../lib/section-links';
import type { ExplainAnchors, StepLinksProps } from './types';
import { PlannerContentContext } from './content-context';
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
  const tool = useMemo(() => createPlannerTool(plannerText, content), [content]);
  const workshopGroup = useMemo<WorkshopGroupSpec<PlannerData>>(
    () => ({ member: plannerGroupData, render: (members) => <PlannerGroupView lang={lang} members={members} /> }),
    [lang],
  );

  return (
    <PlannerContentContext.Provider value={content}>
      <ToolShell
        tool={tool}
        lang={lang}
        className="pp-root"
        printHeader={false}
        renderReadOnly={(result, place) => <PlanSummary lang={lang} envelope={result} idPrefix={place === 'share' ? 'pp-share' : 'pp-projector'} />}
        workshopGroup={workshopGroup}
      >
        {(session, envelope) => (
          <PlannerSteps lang={lang} content={content} tool={tool} links={links} ruleLinks={ruleLinks} explain={explain} session={session} envelope={envelope} />
        )}
      </ToolShell>
    </PlannerContentContext.Provider>
  );
}

interface StepsProps extends Props {
  readonly tool: ToolDefinition<PlannerData>;
  readonly session: ResultSession<PlannerData>;
  readonly envelope: ResultEnvelope<PlannerData>;
}

/** The open plan's ten sections. */
function PlannerSteps({ lang, content, tool, links, ruleLinks, explain, session, envelope }: StepsProps) {
  const t = plannerText(lang);
  const goTo = useCallback((target: StepId | 'steps') => {
    const element = document.getElementById(target === 'steps' ? 'pp-steps' : stepHeadingId(target));
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  }, []);

  const { updateData, announce, addNew } = session;
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
      const label = content.words.examples.find((example) => example.id === id)?.label ?? id;
      if (addNew({ data, title: exampleTitle(id, t, content) })) announce(t('examples.loaded', { label }));
    },
    [addNew, announce, lang, t, content],
  );

  const data = envelope.data;
  const evaluation = useMemo(() => evaluatePlan(data, content), [data, content]);
  return (
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
          mixSentence={mixSentence(evaluation.emphasis, t)}
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
  );
}

export default ParticipationPlanner;
