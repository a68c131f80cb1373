import { pt } from '../../i18n/tools/participation-planner/index';
import type { Lang } from '../i18n-core';
import { wordsOf, type PlannerContent } from './content';
import type { Condition, Effects } from './rules-engine';
import { LEVERS, type Field, type Lever, type ProfileId } from './scales';
import { DISTANCE_UNITS } from './profile-match';
import { numberFormat } from '../intl';

/** Words for answers, ranges, conditions and effects, in one language. */

export function fieldLabel(lang: Lang, field: Field, content: PlannerContent): string {
  return wordsOf(content, lang).questions.fields[field].label;
}

export function optionLabel(lang: Lang, field: Field, value: string, content: PlannerContent): string {
  const options = wordsOf(content, lang).questions.fields[field].options as Readonly<Record<string, { readonly label: string }>>;
  return options[value]?.label ?? value;
}

/** The label of an answer, or the "not answered" words when there is none. */
export function answerLabel(lang: Lang, field: Field, value: string | null | undefined, content: PlannerContent): string {
  return value === null || value === undefined ? pt(lang, 'summary.notAnswered') : optionLabel(lang, field, value, content);
}

/** A profile's range on one scale: "Moderate", or "Alone to small group". */
export function rangeText(lang: Lang, field: Field, from: string, to: string, content: PlannerContent): string {
  if (from === to) return optionLabel(lang, field, from, content);
  return pt(lang, 'profile.range.span', {
    from: optionLabel(lang, field, from, content),
    to: optionLabel(lang, field, to, content).toLocaleLowerCase(lang),
  });
}

export function profileName(lang: Lang, id: ProfileId, content: PlannerContent): string {
  return wordsOf(content, lang).profiles.profiles.find((profile) => profile.id === id)?.name ?? id;
}

export function leverLabel(lang: Lang, lever: Lever): string {
  return pt(lang, `lever.${lever}`);
}

/** A distance in units (sixths) as a decimal number: 2 → "0.33" (en), "0,33" (fr). */
export function formatDistance(lang: Lang, units: number): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(units / DISTANCE_UNITS);
}

/** A signed whole number with a true minus sign: +30, −10. */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${Math.abs(value)}` : '0';
}

/** A rule's condition in words, e.g. "Complexity of the service: High; and Customers’ knowledge: Novice". */
export function conditionText(lang: Lang, condition: Condition, content: PlannerContent): string {
  switch (condition.op) {
    case 'in':
      return pt(lang, 'cond.in', {
        field: fieldLabel(lang, condition.field, content),
        values: condition.values.map((value) => optionLabel(lang, condition.field, value, content)).join(pt(lang, 'cond.values.or')),
      });
    case 'all':
      return condition.of.map((part) => conditionText(lang, part, content)).join(pt(lang, 'cond.and'));
    case 'any':
      return pt(lang, 'cond.any', { parts: condition.of.map((part) => conditionText(lang, part, content)).join(pt(lang, 'cond.any.or')) });
  }
}

/** A rule's effects in words, levers in the chapter's order: "Sanction +30". */
export function effectsText(lang: Lang, effects: Effects): string {
  return LEVERS.flatMap((lever) => {
    const delta = effects[lever];
    return delta === undefined || delta === 0 ? [] : [`${leverLabel(lang, lever)} ${signed(delta)}`];
  }).join(', ');
}

/** "a, b and c" in the language's words. */
export function joinList(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${pt(lang, 'text.list.and')}${items[items.length - 1]}`;
}
