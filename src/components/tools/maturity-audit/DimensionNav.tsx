import type { AuditScores } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

interface Props {
  readonly scores: AuditScores;
  readonly current: number;
  readonly onSelect: (index: number) => void;
}

/** Jump to any dimension; each button shows how many of its statements are answered. */
export function DimensionNav({ scores, current, onSelect }: Props) {
  const { q, t } = useAudit();
  return (
    <nav aria-label={t('q.nav')}>
      <ol className="ma-dimnav">
        {q.dimensions.map((dimension, index) => {
          const score = scores.dimensions[index];
          const answered = score ? score.rated + score.dontKnow : 0;
          const total = dimension.statements.length;
          const done = answered === total;
          return (
            <li key={dimension.id}>
              <button
                type="button"
                className={`ma-dimnav__button${done ? ' ma-dimnav__button--done' : ''}`}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => onSelect(index)}
              >
                <span className="ma-dimnav__name">
                  {index + 1}. {dimension.name}
                </span>
                <span className="ma-dimnav__count" aria-hidden="true">
                  {t('q.navCount', { answered, total })}
                </span>
                <span className="res-visually-hidden">
                  {' '}
                  ({t('q.navAnswered', { answered, total })})
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
