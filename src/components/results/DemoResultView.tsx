import { DEMO_QUESTION_IDS, type DemoData } from '../../lib/results/demo-tool';
import { t, type Lang } from './deps';
import { DemoLegacyList } from './DemoLegacyList';
import { numberFormat } from '../../lib/intl';

interface Props {
  readonly lang: Lang;
  readonly data: DemoData;
}

/** Read-only view of a demo result (used for shared links). */
export function DemoResultView({ lang, data }: Props) {
  const number = numberFormat(lang);
  return (
    <div className="res-demo-view">
      <dl>
        {DEMO_QUESTION_IDS.map((question) => (
          <div key={question}>
            <dt>{t(lang, `demo.question.${question}`)}</dt>
            <dd>{data.answers[question] ?? t(lang, 'demo.notAnswered')}</dd>
          </div>
        ))}
        <div>
          <dt>{t(lang, 'demo.item.budget')}</dt>
          <dd>{data.budget === null ? t(lang, 'demo.notAnswered') : number.format(data.budget)}</dd>
        </div>
        <div>
          <dt>{t(lang, 'demo.item.comment')}</dt>
          <dd className="res-prewrap">{data.comment || t(lang, 'demo.notAnswered')}</dd>
        </div>
      </dl>
      <DemoLegacyList lang={lang} legacy={data.legacy} />
    </div>
  );
}
