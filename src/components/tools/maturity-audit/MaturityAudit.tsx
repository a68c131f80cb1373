import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ResultsToolbar } from '../../results/ResultsToolbar';
import { ShareView } from '../../results/ShareView';
import { useResultStore } from '../../results/useResultStore';
import { useSharedResult } from '../../results/useSharedResult';
import type { Lang } from '../../../lib/i18n-core';
import { randomResultId, t as resultsT, type ResultEnvelope } from '../../../lib/results/index';
import {
  addStepToPlan,
  createAuditTool,
  effectiveValues,
  isTeamData,
  scoreAudit,
  type AuditData,
  type NextStep,
  type PlanItem,
  type Questionnaire,
} from '../../../lib/maturity-audit/index';
import type { SectionLinkMap } from '../../../lib/section-links';
import type { AuditDict } from '../../../i18n/tools/maturity-audit/fr';
import { format } from '../../../lib/format';
import { ActionPlan } from './ActionPlan';
import { AuditContext, type AuditContextValue } from './context';
import { AuditReadOnly } from './AuditReadOnly';
import { ComparePanel } from './ComparePanel';
import { Questionnaire as QuestionnaireForm } from './Questionnaire';
import type { RadarSpec } from './radar-config';
import { loadAuditData, type LoadedAudit } from './load-data';
import { PrintHeader } from '../../results/PrintHeader';
import { ResultsSection } from './ResultsSection';
import { TeamStart } from './TeamStart';
import { TeamWorkspace } from './TeamWorkspace';
import '../../results/results.css';
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

/** The maturity audit: questionnaire or team view, profile, next steps, action plan, comparison. */
function AuditApp({ lang, questionnaire, links, dict }: AppProps) {
  const t = useMemo<AuditContextValue['t']>(() => (key, params) => format(dict[key], params), [dict]);
  const tool = useMemo(() => createAuditTool(questionnaire, t), [questionnaire, t]);
  const session = useResultStore(tool, lang);
  const { shared, close } = useSharedResult(tool, lang);
  const rootRef = useRef<HTMLDivElement>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const charts = useRef(new Map<string, RadarSpec>()).current;
  const [teamReport, setTeamReport] = useState<readonly string[]>([]);
  const context = useMemo<AuditContextValue>(
    () => ({ lang, q: questionnaire, links, t, charts }),
    [lang, questionnaire, links, t, charts],
  );

  const getChartCanvases = useCallback(async (): Promise<HTMLCanvasElement[]> => {
    const { renderRadarPng } = await import('./radar-png');
    return [...charts.values()]
      .sort((a, b) => a.key.localeCompare(b.key))
      .flatMap((spec) => {
        const canvas = renderRadarPng(spec, rootRef.current);
        return canvas ? [canvas] : [];
      });
  }, [charts]);

  const { envelope, updateData, announce } = session;
  const data = envelope?.data;
  const scores = useMemo(() => (data ? scoreAudit(questionnaire, effectiveValues(data)) : null), [questionnaire, data]);

  const updatePlan = useCallback(
    (change: (plan: readonly PlanItem[]) => PlanItem[]) => updateData((current) => ({ ...current, plan: change(current.plan) })),
    [updateData],
  );
  const addStep = useCallback(
    (step: NextStep, dimension: string) => {
      updatePlan((plan) => addStepToPlan(plan, step, dimension, randomResultId()));
      announce(context.t('rec.added', { text: step.text }));
    },
    [announce, context, updatePlan],
  );
  const showResults = useCallback(() => {
    const heading = resultsHeadingRef.current;
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, []);
  const createTeam = useCallback(
    (team: ResultEnvelope<AuditData>) => {
      session.addResults([team]);
    },
    [session],
  );

  if (shared.kind !== 'none') {
    return (
      <AuditContext.Provider value={context}>
        <div className="res-root ma-root" ref={rootRef}>
          <ShareView lang={lang} shared={shared} renderResult={(result) => <AuditReadOnly envelope={result} />} onKeepCopy={session.keepCopy} onBack={close} />
        </div>
      </AuditContext.Provider>
    );
  }

  return (
    <AuditContext.Provider value={context}>
      <div className="res-root ma-root" ref={rootRef}>
        <ResultsToolbar session={session} lang={lang} getChartCanvases={getChartCanvases} renderProjector={(result) => <AuditReadOnly envelope={result} />} />
        {envelope && data && scores ? (
          <>
            <PrintHeader lang={lang} envelope={envelope} tool={tool} />
            {isTeamData(data) ? (
              <TeamWorkspace tool={tool} team={data.team} onChange={updateData} announce={announce} report={teamReport} onReport={setTeamReport} />
            ) : (
              <QuestionnaireForm data={data} scores={scores} onChange={updateData} onShowResults={showResults} />
            )}
            <ResultsSection envelope={envelope} scores={scores} headingRef={resultsHeadingRef} onAddStep={addStep} />
            <ActionPlan plan={data.plan} onChange={updatePlan} announce={announce} />
            {isTeamData(data) ? null : <TeamStart tool={tool} open={envelope} onCreate={createTeam} announce={announce} report={teamReport} onReport={setTeamReport} />}
            <ComparePanel tool={tool} open={envelope} results={session.results} keepCopy={session.keepCopy} announce={announce} />
          </>
        ) : null}
      </div>
    </AuditContext.Provider>
  );
}

export default MaturityAudit;
