import type { Lang } from '../i18n-core';
import type { PlannerText } from './text';
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
export function answerLabel(t: PlannerText, field: Field, value: string | null | undefined, content: PlannerContent): string {
  return value === null || value === undefined ? t('summary.notAnswered') : optionLabel(t.lang, field, value, content);
}

/** A profile's range on one scale: "Moderate", or "Alone to small group". */
export function rangeText(t: PlannerText, field: Field, from: string, to: string, content: PlannerContent): string {
  if (from === to) return optionLabel(t.lang, field, from, content);
  return t('profile.range.span', {
    from: optionLabel(t.lang, field, from, content),
    to: optionLabel(t.lang, field, to, content).toLocaleLowerCase(t.lang),
  });
}

export function profileName(lang: Lang, id: ProfileId, content: PlannerContent): string {
  return wordsOf(content, lang).profiles.profiles.find((profile) => profile.id === id)?.name ?? id;
}

export function leverLabel(t: PlannerText, lever: Lever): string {
  return t(`lever.${lever}`);
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
export function conditionText(t: PlannerText, condition: Condition, content: PlannerContent): string {
  switch (condition.op) {
    case 'in':
      return t('cond.in', {
        field: fieldLabel(t.lang, condition.field, content),
        values: condition.values.map((value) => optionLabel(t.lang, condition.field, value, content)).join(t('cond.values.or')),
      });
    case 'all':
      return condition.of.map((part) => conditionText(t, part, content)).join(t('cond.and'));
    case 'any':
      return t('cond.any', { parts: condition.of.map((part) => conditionText(t, part, content)).join(t('cond.any.or')) });
  }
}

/** A rule's effects in words, levers in the chapter's order: "Sanction +30". */
export function effectsText(t: PlannerText, effects: Effects): string {
  return LEVERS.flatMap((lever) => {
    const delta = effects[lever];
    return delta === undefined || delta === 0 ? [] : [`${leverLabel(t, lever)} ${signed(delta)}`];
  }).join(', ');
}

/** "a, b and c" in the language's words. */
export function joinList(t: PlannerText, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${t('text.list.and')}${items[items.length - 1]}`;
}
