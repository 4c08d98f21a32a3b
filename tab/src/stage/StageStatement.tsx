/**
 * One statement on the stage: first how the ratings spread (one bar per scale value, symbol and count, so
 * the room sees agreement or disagreement at a glance), then the score. Below the anonymity
 * threshold, or before reveal, only how many rated.
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Results } from '../api/client.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { stackedList, useVisuallyHiddenStyles } from '../shared/pageStyles.ts';
import type { RatingOption, RatingScale } from '../sidePanel/rating/ratingScale.ts';

type StatementResult = Results['statements'][number];

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  statement: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  bars: stackedList(tokens.spacingVerticalXXS),
  bar: {
    display: 'grid',
    gridTemplateColumns: '1.75rem minmax(0, 1fr) 2.25rem',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  emoji: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, textAlign: 'center' },
  track: {
    height: '0.875rem',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'hidden',
  },
  fill: {
    height: '100%',
    // The value's tone comes in a custom property, so forced colours below still win over it.
    backgroundColor: 'var(--rating-tone)',
    // Forced colours would drop the fill; keep it, in the system's text colour.
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
  },
  count: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'end',
  },
  // "Score 68.8 / 100" with the number large; one line, so it never breaks inside the number.
  scoreRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  score: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, margin: 0 },
  // Smaller than the overall score, the stage's headline.
  scoreValue: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightBold,
    fontVariantNumeric: 'tabular-nums',
  },
  voters: { marginInlineStart: 'auto', color: tokens.colorNeutralForeground2 },
  hidden: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground2,
  },
  ratings: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface StageStatementProps {
  readonly statementText: string;
  readonly result: StatementResult | undefined;
  readonly revealed: boolean;
  readonly anonymityThreshold: number;
  /** The check's scale: one bar per value. */
  readonly scale: RatingScale;
}

export function StageStatement({ statementText, result, revealed, anonymityThreshold, scale }: StageStatementProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const voters = result?.voters ?? 0;
  const score = result?.score ?? null;
  const distribution = result?.distribution ?? null;
  const shown = revealed && score !== null && distribution !== null;
  return (
    <li className={styles.card}>
      <Text as="h2" className={styles.statement}>
        {statementText}
      </Text>
      {shown && (
        <ul className={styles.bars}>
          {scale.options.map((option) => (
            <SpreadBar key={option.value} option={option} count={distribution[option.value - 1] ?? 0} voters={voters} points={scale.points} />
          ))}
        </ul>
      )}
      {shown ? (
        <div className={styles.scoreRow}>
          <p className={styles.score}>
            {/* Spaced text nodes, so it also reads (and matches) as "Score 68.8 / 100". */}
            <span>{t('stage.scoreLabel')}</span>{' '}
            <span className={styles.scoreValue}>{format.score(score)}</span>{' '}
            <span>{t('results.overallOutOf')}</span>
          </p>
          <span className={styles.voters}>{t('results.statementVoters', { count: voters })}</span>
        </div>
      ) : (
        <Text className={styles.ratings}>{t('results.statementVoters', { count: voters })}</Text>
      )}
      {revealed && !shown && (
        <Text className={styles.hidden}>{t('results.hidden', { count: anonymityThreshold })}</Text>
      )}
    </li>
  );
}

/**
 * From disagree (red) to agree (green), so the room sees at a glance where the ratings lean.
 * Colour adds to the symbol and count beside each bar, which say the same without it.
 */
const tones = [
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteGreenBackground3,
] as const;

/** The tone of `value` on a scale of `points` (2–7): the ends are always red and green. */
export function toneOf(value: number, points: number): string {
  const step = points > 1 ? Math.round(((value - 1) / (points - 1)) * (tones.length - 1)) : tones.length - 1;
  return tones[Math.min(tones.length - 1, Math.max(0, step))]!;
}

function SpreadBar({ option, count, voters, points }: { option: RatingOption; count: number; voters: number; points: number }) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t } = useTranslation();
  const share = voters > 0 ? count / voters : 0;
  return (
    <li className={styles.bar}>
      {/* Read as one sentence ("4 – Agree: 2 of 3"); the emoji, bar and number are for the eye. */}
      <span className={hidden.hidden}>
        {t('results.distributionLabel', { rating: option.name, value: count, voters })}
      </span>
      <Text aria-hidden className={styles.emoji}>
        {option.symbol}
      </Text>
      <div aria-hidden className={styles.track}>
        <div className={styles.fill} style={{ width: `${Math.round(share * 100)}%`, ['--rating-tone' as string]: toneOf(option.value, points) }} />
      </div>
      <Text aria-hidden className={styles.count}>
        {count}
      </Text>
    </li>
  );
}
