import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import {
  PROFILE_IDS,
  profileName,
  type PlannerData,
  type ProfileAnswers,
  type ProfileId,
  type ProfileProposal,
} from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { answerLabel } from '../../../lib/participation-planner/index';
import { ChoiceGroup } from './ChoiceGroup';
import { ProfileProposalView } from './ProfileProposalView';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly data: PlannerData;
  readonly proposal: ProfileProposal;
  readonly howHref: string;
  readonly onChange: (change: (profile: ProfileAnswers) => ProfileAnswers) => void;
  readonly onGoToLevel: () => void;
}

/** Step 5: the co-production characteristics and motive, the proposed profile and the reader's choice. */
export function ProfileStep({ lang, data, proposal, howHref, onChange, onGoToLevel }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const id = useId();
  const { profile } = data;
  const set = <K extends keyof ProfileAnswers>(key: K) => (value: string | null) =>
    onChange((current) => ({ ...current, [key]: value as ProfileAnswers[K] }));
  const proposed = proposal.kind === 'proposal' ? proposal.proposed : null;
  return (
    <div className="pp-profile">
      <p className="pp-readout">
        {data.level === null ? (
          <>
            {t('profile.levelMissing')}{' '}
            <button type="button" className="res-button pp-link-button" onClick={onGoToLevel}>
              {t('profile.goToLevel')}
            </button>
          </>
        ) : (
          t('profile.levelFromStep', { value: answerLabel(t, 'level', data.level, content) })
        )}
      </p>
      <div className="pp-grid">
        <ChoiceGroup lang={lang} field="participants" value={profile.participants} onChange={set('participants')} />
        <ChoiceGroup lang={lang} field="repetition" value={profile.repetition} onChange={set('repetition')} />
        <ChoiceGroup lang={lang} field="freedom" value={profile.freedom} onChange={set('freedom')} />
        <ChoiceGroup lang={lang} field="motive" value={profile.motive} onChange={set('motive')} />
      </div>
      <ProfileProposalView lang={lang} proposal={proposal} howHref={howHref} />
      <fieldset className="pp-choice pp-override">
        <legend>{t('profile.override.legend')}</legend>
        <div className="pp-choice__options">
          <label className="pp-option">
            <input type="radio" name={`${id}-override`} checked={profile.override === null} onChange={() => set('override')(null)} />
            <span className="pp-option__label">
              {proposed ? t('profile.override.keep', { profile: profileName(lang, proposed, content) }) : t('profile.override.keepNone')}
            </span>
          </label>
          {PROFILE_IDS.map((option: ProfileId) => (
            <label key={option} className="pp-option">
              <input type="radio" name={`${id}-override`} checked={profile.override === option} onChange={() => set('override')(option)} />
              <span className="pp-option__label">{profileName(lang, option, content)}</span>
            </label>
          ))}
        </div>
        {profile.override !== null && profile.override !== proposed ? (
          <p className="pp-note" role="status">
            {t('profile.override.note', {
              chosen: profileName(lang, profile.override, content),
              proposed: proposed ? profileName(lang, proposed, content) : t('summary.none'),
            })}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
