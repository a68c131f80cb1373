/**
 * Server render of the profile proposal: when self-service (A) and flat-pack furniture (B) cannot
 * be told apart on the four characteristics, the planner says so and asks the one question that
 * separates them; once it is answered, it says which way the answer points.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProfileProposalView } from '../../../src/components/tools/participation-planner/ProfileProposalView';
import { PlannerContentContext } from '../../../src/components/tools/participation-planner/content-context';
import { proposeProfile, type Answers } from '../../../src/lib/participation-planner/index';
import { CONTENT } from './planner-content';

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const render = (answers: Answers, lang: 'en' | 'fr' = 'en'): string => {
  const { profiles, order, separators } = CONTENT[lang].positions;
  const view = createElement(ProfileProposalView, { lang, proposal: proposeProfile(answers, profiles, order, separators), howHref: '#how' });
  return text(renderToStaticMarkup(createElement(PlannerContentContext.Provider, { value: CONTENT[lang] }, view)));
};
const alone: Answers = { level: 'moderate', participants: 'alone', repetition: 'one-off', freedom: 'low', motive: 'price' };

describe('ProfileProposalView', () => {
  it('asks the separating question while it is unanswered', () => {
    expect(render(alone)).toContain(
      'A. Self-service and B. Flat-pack furniture cannot be told apart on the four characteristics. The one question that separates them is “Duration of the service” (step 6)',
    );
    expect(render(alone, 'fr')).toContain('La seule question qui les sépare est « Durée du service » (étape 6)');
  });
  it('says which profile the answer points to, and stops asking', () => {
    const html = render({ ...alone, duration: 'long' });
    expect(html).toContain('Nearest profile: B. Flat-pack furniture');
    expect(html).toContain('Your answer to “Duration of the service” tells them apart: Long, so B. Flat-pack furniture is kept.');
    expect(html).not.toContain('cannot be told apart');
  });
});
