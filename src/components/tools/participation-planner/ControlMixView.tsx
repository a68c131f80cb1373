import type { Lang } from '../../../lib/i18n-core';
import {
  conditionText,
  effectsText,
  fieldLabel,
  LEVERS,
  leverLabel,
  type EmphasisResult,
  type PlannerRule,
} from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { ControlMixChartSlot } from './ControlMixChartSlot';
import { MixTable } from './MixTable';
import type { SectionLink as Link } from '../../../lib/section-links';
import { SectionLink } from '../SectionLink';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly emphasis: EmphasisResult<PlannerRule>;
  readonly mixSentence: string;
  readonly howHref: string;
  /** Resolved links of the rules' chapter sections, by rule id. */
  readonly ruleLinks: Readonly<Record<string, Link>>;
}

function RuleItem({ lang, rule, link }: { readonly lang: Lang; readonly rule: PlannerRule; readonly link: Link | undefined }) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  return (
    <li className="pp-rule">
      <p className="pp-rule__text">{rule.text.rule}</p>
      <p className="pp-rule__why">{rule.text.why}</p>
      <p className="pp-rule__meta">
        {t('mix.effects', { effects: effectsText(t, rule.effects) })}
        <br />
        {t('mix.condition', { condition: conditionText(t, rule.when, content) })}
        <br />
        {rule.chapterRule === null ? t('mix.addedRule') : t('mix.chapterRule', { n: rule.chapterRule })}
        {link ? (
          <>
            {' · '}
            {t('mix.basis')} <SectionLink link={link} />
          </>
        ) : null}
      </p>
    </li>
  );
}

/** Step 7: chart, table and sentence of the control mix, with every fired rule in words. */
export function ControlMixView({ lang, emphasis, mixSentence, howHref, ruleLinks }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const base = content.rules.base;
  const clamped = LEVERS.map((lever) => emphasis.levers[lever]).filter((item) => item.clamped);
  return (
    <div className="pp-mix">
      <ControlMixChartSlot lang={lang} emphasis={emphasis} />
      <p className="pp-mix__sentence" aria-live="polite">
        {mixSentence}
      </p>
      <MixTable lang={lang} emphasis={emphasis} />
      <p className="pp-note">
        {t('mix.base', { accompaniment: base.accompaniment, sanction: base.sanction, configuration: base.configuration })}{' '}
        <a href={howHref}>{t('mix.howLink')}</a>
      </p>
      {clamped.map((item) => (
        <p key={item.lever} className="pp-note">
          {t('mix.clamped', { lever: leverLabel(t, item.lever), raw: item.raw, value: item.value })}
        </p>
      ))}
      <h3>{t('mix.fired', { n: emphasis.fired.length })}</h3>
      {emphasis.fired.length === 0 ? (
        <p>{t('mix.noneFired')}</p>
      ) : (
        <ul className="pp-rules">
          {emphasis.fired.map((rule) => (
            <RuleItem key={rule.id} lang={lang} rule={rule} link={ruleLinks[rule.id]} />
          ))}
        </ul>
      )}
      <details className="pp-idle">
        <summary>{t('mix.idle', { n: emphasis.idle.length })}</summary>
        <ul className="pp-rules pp-rules--idle">
          {emphasis.idle.map(({ rule, missing }) => (
            <li key={rule.id} className="pp-rule">
              <p className="pp-rule__text">{rule.text.rule}</p>
              <p className="pp-rule__meta">
                {t('mix.condition', { condition: conditionText(t, rule.when, content) })}
                {missing.length > 0 ? (
                  <>
                    <br />
                    {t('mix.needs', { fields: missing.map((field) => fieldLabel(lang, field, content)).join(', ') })}
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
