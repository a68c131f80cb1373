import type { Lang } from '../../../lib/i18n-core';
import {
  fieldLabel,
  formatDistance,
  optionLabel,
  profileName,
  rangeText,
  type ProfileProposal,
  type ProfileScore,
} from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly proposal: ProfileProposal;
  readonly howHref: string;
}

function Comparisons({ lang, score }: { readonly lang: Lang; readonly score: ProfileScore }) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  return (
    <ul className="pp-why">
      {score.comparisons.map((comparison) => {
        const range = rangeText(t, comparison.characteristic, comparison.from, comparison.to, content);
        const name = fieldLabel(lang, comparison.characteristic, content);
        const detail =
          comparison.answer === null
            ? t('profile.cmp.missing', { range })
            : comparison.status === 'match'
              ? t('profile.cmp.match', { answer: optionLabel(lang, comparison.characteristic, comparison.answer, content), range })
              : t('profile.cmp.off', {
                  answer: optionLabel(lang, comparison.characteristic, comparison.answer, content),
                  range,
                  steps: comparison.steps,
                  gap: formatDistance(lang, comparison.units),
                });
        return (
          <li key={comparison.characteristic} className={`pp-why__item pp-why__item--${comparison.status}`}>
            <strong>{name}</strong> — {detail}
          </li>
        );
      })}
    </ul>
  );
}

/** The nearest profile, why (characteristic by characteristic), ties and the distance to every profile. */
export function ProfileProposalView({ lang, proposal, howHref }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const families = content.words.profiles.families;
  if (proposal.kind === 'none') {
    return (
      <div className="pp-proposal" aria-live="polite">
        <h3 className="pp-proposal__heading">{t('profile.proposal')}</h3>
        <p>{t('profile.none')}</p>
      </div>
    );
  }
  const best = proposal.ranking[0];
  if (!best) return null;
  const proposedName = profileName(lang, proposal.proposed, content);
  const profileText = content.words.profiles.profiles.find((profile) => profile.id === proposal.proposed);
  const tieKey =
    proposal.tieBreak === 'motive'
      ? 'profile.tie.motive'
      : proposal.tieBreak === 'motive-then-order'
        ? 'profile.tie.motiveThenOrder'
        : proposal.tieBreak === 'separator'
          ? 'profile.tie.separator'
          : 'profile.tie.order';
  const separator = proposal.separator;
  return (
    <div className="pp-proposal">
      <h3 className="pp-proposal__heading">{t('profile.proposal')}</h3>
      <div aria-live="polite" aria-atomic="true">
        <p className="pp-proposal__name">
          {t('profile.nearest', { profile: proposedName })} ({families[best.family]})
        </p>
        <p>
          {t('profile.distance', { distance: formatDistance(lang, best.units) })}
          {'. '}
          {proposal.partial ? t('profile.partial', { n: proposal.answered }) : best.units === 0 ? t('profile.exact') : null}
        </p>
        {proposal.tied.length > 1 ? (
          <p className="pp-proposal__tie">
            {t('profile.tie', {
              distance: formatDistance(lang, best.units),
              profiles: proposal.tied.map((id) => profileName(lang, id, content)).join(', '),
            })}{' '}
            {t(tieKey, {
              family: proposal.motiveFamily ? families[proposal.motiveFamily].toLocaleLowerCase(lang) : '',
              profile: proposedName,
              question: separator ? fieldLabel(lang, separator.field, content) : '',
              answer: separator?.value ? optionLabel(lang, separator.field, separator.value, content) : '',
            })}
          </p>
        ) : null}
        {separator && !separator.resolved ? (
          <p className="pp-proposal__tie pp-proposal__ask">
            {t('profile.separator.ask', {
              a: profileName(lang, separator.between[0], content),
              b: profileName(lang, separator.between[1], content),
              question: fieldLabel(lang, separator.field, content),
              profile: proposedName,
            })}
          </p>
        ) : null}
      </div>
      {profileText ? (
        <p className="pp-proposal__summary">
          {profileText.summary} ({profileText.examples})
        </p>
      ) : null}
      <h4 className="pp-proposal__subheading">{t('profile.why')}</h4>
      <Comparisons lang={lang} score={best} />
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="pp-ranking-caption">
        <table className="pp-table">
          <caption id="pp-ranking-caption">{t('profile.ranking.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.ranking.profile')}</th>
              <th scope="col">{t('profile.ranking.family')}</th>
              <th scope="col">{t('profile.ranking.distance')}</th>
              <th scope="col">{t('profile.ranking.matched')}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.ranking.map((score) => (
              <tr key={score.id} className={score.id === proposal.proposed ? 'pp-row--proposed' : undefined}>
                <th scope="row">{profileName(lang, score.id, content)}</th>
                <td>{families[score.family]}</td>
                <td>{formatDistance(lang, score.units)}</td>
                <td>{t('profile.ranking.matchedValue', { n: score.matched, total: proposal.answered })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pp-note">
        {t('profile.reading')} <a href={howHref}>{t('profile.howLink')}</a>
      </p>
    </div>
  );
}
