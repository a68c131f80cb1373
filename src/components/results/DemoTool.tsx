import { createDemoTool } from '../../lib/results/demo-tool';
import { resultsText } from '../../i18n/results/index';
import { DemoForm } from './DemoForm';
import { DemoResultView } from './DemoResultView';
import { ResultsToolbar } from './ResultsToolbar';
import { ShareView } from './ShareView';
import { t, type Lang } from './deps';
import { useResultStore } from './useResultStore';
import { useSharedResult } from './useSharedResult';
import './results.css';

const demoTool = createDemoTool(resultsText);

interface Props {
  readonly lang: Lang;
}

/** The demo tool: exercises saving, import, export and share links end to end. */
export function DemoTool({ lang }: Props) {
  const session = useResultStore(demoTool, lang);
  const { shared, close } = useSharedResult(demoTool, lang);

  if (shared.kind !== 'none') {
    return (
      <div className="res-root">
        <ShareView
          lang={lang}
          shared={shared}
          renderResult={(envelope) => <DemoResultView lang={lang} data={envelope.data} />}
          onKeepCopy={session.keepCopy}
          onBack={close}
        />
      </div>
    );
  }

  return (
    <div className="res-root">
      <h2 className="res-demo__heading">{t(lang, 'demo.heading')}</h2>
      <ResultsToolbar session={session} lang={lang} />
      {session.envelope ? <DemoForm lang={lang} data={session.envelope.data} onChange={session.updateData} /> : null}
    </div>
  );
}

export default DemoTool;
