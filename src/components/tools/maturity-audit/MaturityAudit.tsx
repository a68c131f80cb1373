import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ToolShell } from '../../results/ToolShell';
import type { ResultSession } from '../../results/useResultStore';
import type { WorkshopGroupSpec } from '../../results/WorkshopGroupView';
import type { Lang } from '../../../lib/i18n-core';
import { randomResultId, t as resultsT, type ResultEnvelope, type ToolDefinition } from '../../results/deps';
import {
  addStepToPlan,
  auditGroupData,
  createAuditTool,
  effectiveValues,
  groupTeamData,
  isTeamData,
  scoreAudit,
  type AuditData,
  type NextStep,
  type PlanItem,
  type Questionnaire,
} from '../../../lib/maturity-audit/index';
import type { SectionLinkMap } from '../../../lib/section-links';
import type { AuditDict } from '../../../i18n/tools/maturity-audit/fr';
import { createTranslator } from '../../../lib/translator';
import { ActionPlan } from './ActionPlan';
import { AuditContext, useAudit, type AuditContextValue } from './context';
import { AuditGroupView } from './AuditGroupView';
import { AuditReadOnly } from './AuditReadOnly';
import { ComparePanel } from './ComparePanel';
import { Questionnaire as QuestionnaireForm } from './Questionnaire';
import { loadAuditData, type LoadedAudit } from './load-data';
import { ResultsSection } from './ResultsSection';
import { TeamStart } from './TeamStart';
import { TeamWorkspace } from './TeamWorkspace';
import { teamResult } from './team-result';
import './maturity-audit.css';

interface Props {
  readonly lang: Lang;
  /** Chapter sections the questionnaire links to, resolved at build time (base-aware). */
  readonly links: SectionLinkMap;
  /** Shown if the questionnaire cannot be loaded (network cut, stale page after a deploy). */
  readonly loadFailedText: string;
}

interface AppProps {
  readonly lang: Lang;
  readonly links: SectionLinkMap;
  /** This language's questionnaire. */
  readonly questionnaire: Questionnaire;
  /** This language's strings only (the page never ships both dictionaries). */
  readonly dict: AuditDict;
}

/** Loads this language's questionnaire and strings, then starts the tool. */
export function MaturityAudit({ lang, links, loadFailedText }: Props) {
  const [loaded, setLoaded] = useState<LoadedAudit | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    loadAuditData(lang).then(
      (data) => {
        if (!cancelled) setLoaded(data);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [lang]);
  if (!loaded) {
    return (
      <div className="res-root ma-root ma-loading" aria-busy={failed ? undefined : 'true'}>
        <p className={failed ? 'ma-note' : 'ma-hint'} role={failed ? 'alert' : undefined}>
          {failed ? loadFailedText : resultsT(lang, 'ui.status.loading')}
        </p>
      </div>
    );
  }
  return <AuditApp lang={lang} links={links} questionnaire={loaded.questionnaire} dict={loaded.dict} />;
}

/** A workshop's group of audits: answers only, shown per dimension and statement, exported as one team file. */
const WORKSHOP_GROUP: WorkshopGroupSpec<AuditData> = {
  member: auditGroupData,
  render: (members) => <AuditGroupView members={members} />,
  teamData: groupTeamData,
};

/** The maturity audit: questionnaire or team view, profile, next steps, action plan, comparison. */
function AuditApp({ lang, questionnaire, links, dict }: AppProps) {
  const t = useMemo(() => createTranslator(lang, dict), [lang, dict]);
  const tool = useMemo(() => createAuditTool(questionnaire, t), [questionnaire, t]);
  const context = useMemo<AuditContextValue>(
    () => ({ lang, q: questionnaire, links, t }),
    [lang, questionnaire, links, t],
  );

  const mergeImported = useCallback((envelopes: readonly ResultEnvelope<AuditData>[]) => teamResult(envelopes, tool, lang, t), [tool, lang, t]);

  return (
    <AuditContext.Provider value={context}>
      <ToolShell
        tool={tool}
        lang={lang}
        className="ma-root"
        renderReadOnly={(result) => <AuditReadOnly envelope={result} />}
        workshopGroup={WORKSHOP_GROUP}
        mergeImported={mergeImported}
      >
        {(session, envelope) => <AuditSections tool={tool} session={session} envelope={envelope} />}
      </ToolShell>
    </AuditContext.Provider>
  );
}

interface SectionsProps {
  readonly tool: ToolDefinition<AuditData>;
  readonly session: ResultSession<AuditData>;
  readonly envelope: ResultEnvelope<AuditData>;
}

/** The open audit's sections. */
function AuditSections({ tool, session, envelope }: SectionsProps) {
  const { q: questionnaire, t } = useAudit();
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const [teamReport, setTeamReport] = useState<readonly string[]>([]);
  const { updateData, announce, addResults } = session;
  const data = envelope.data;
  const scores = useMemo(() => scoreAudit(questionnaire, effectiveValues(data)), [questionnaire, data]);

  const updatePlan = useCallback(
    (change: (plan: readonly PlanItem[]) => PlanItem[]) => updateData((current) => ({ ...current, plan: change(current.plan) })),
    [updateData],
  );
  const addStep = useCallback(
    (step: NextStep, dimension: string) => {
      updatePlan((plan) => addStepToPlan(plan, step, dimension, randomResultId()));
      announce(t('rec.added', { text: step.text }));
    },
    [announce, t, updatePlan],
  );
  const showResults = useCallback(() => {
    const heading = resultsHeadingRef.current;
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, []);
  const createTeam = useCallback((team: ResultEnvelope<AuditData>) => void addResults([team]), [addResults]);

  return (
    <>
      {isTeamData(data) ? (
        // A team result reads as a report: the team's profile first, then what to discuss (on paper too).
        <>
          <ResultsSection envelope={envelope} scores={scores} headingRef={resultsHeadingRef} onAddStep={addStep} />
          <TeamWorkspace tool={tool} team={data.team} onChange={updateData} announce={announce} report={teamReport} onReport={setTeamReport} />
        </>
      ) : (
        <>
          <QuestionnaireForm data={data} scores={scores} onChange={updateData} onShowResults={showResults} />
          <ResultsSection envelope={envelope} scores={scores} headingRef={resultsHeadingRef} onAddStep={addStep} />
        </>
      )}
      <ActionPlan plan={data.plan} onChange={updatePlan} announce={announce} />
      {isTeamData(data) ? null : <TeamStart tool={tool} open={envelope} onCreate={createTeam} announce={announce} report={teamReport} onReport={setTeamReport} />}
      <ComparePanel tool={tool} open={envelope} results={session.results} read={session.read} keepCopy={session.keepCopy} announce={announce} />
    </>
  );
}

export default MaturityAudit;
