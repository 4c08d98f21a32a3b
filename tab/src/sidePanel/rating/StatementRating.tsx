/**
 * One statement to rate: a radio group named by the statement, one radio per scale value that
 * shows its symbol (👎…👍, 🔴🟡🟢 or the number) and is announced by value and meaning
 * ("4 – Agree"). Arrow keys move the choice. Each radio is a large chip (the whole chip is the
 * native input, which Fluent lays over the radio): the chosen one is filled and outlined, in
 * every theme and in forced colours, and its dot is hidden since the chip says it.
 */
import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { StaticCard } from '../../shared/StaticCard.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Rating } from '../../api/client.ts';
import { ratingFrom, type RatingScale } from './ratingScale.ts';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  // The chips share the row evenly (one column per value), so any scale fits the panel.
  group: { display: 'grid', columnGap: tokens.spacingHorizontalXS },
  chip: {
    justifyContent: 'center',
    minWidth: 0,
    minHeight: '44px', // a finger's width: Teams mobile and touch laptops
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid ButtonText` },
  },
  chosen: {
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThicker} solid Highlight` },
  },
  // The chip itself shows the choice; the dot would only crowd 320 px.
  dot: { display: 'none' },
  choice: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  chosenChoice: { fontWeight: tokens.fontWeightSemibold },
  // A colour emoji font first: the system's text font would draw some (😐) in monochrome.
  emoji: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontFamily: '"Segoe UI Emoji", "Apple Color Emoji", "Noto Color Emoji", sans-serif',
  },
  // A traffic light must not speak by colour alone: on small scales each value's word is shown too.
  caption: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

/** Up to this many values, each shows its label under its symbol; more would not fit 320 px. */
const MAX_POINTS_WITH_WORDS = 4;

export interface StatementRatingProps {
  readonly statementText: string;
  readonly scale: RatingScale;
  readonly value: Rating | undefined;
  readonly error?: string;
  readonly onRate: (value: Rating) => void;
  readonly onDismissError: () => void;
}

export function StatementRating({ statementText, scale, value, error, onRate, onDismissError }: StatementRatingProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const showWords = !scale.classic && scale.points <= MAX_POINTS_WITH_WORDS;
  return (
    <StaticCard className={styles.card}>
      <Field label={{ children: statementText, className: styles.label }}>
        <RadioGroup
          layout="horizontal-stacked"
          className={styles.group}
          style={{ gridTemplateColumns: `repeat(${scale.points}, minmax(0, 1fr))` }}
          // '' selects nothing while keeping the group controlled.
          value={value === undefined ? '' : String(value)}
          onChange={(_event, data) => {
            const rating = ratingFrom(data.value, scale.points);
            if (rating !== undefined) onRate(rating);
          }}
        >
          {scale.options.map((option) => (
            <Radio
              key={option.value}
              value={String(option.value)}
              className={mergeClasses(styles.chip, value === option.value && styles.chosen)}
              indicator={{ className: styles.dot }}
              aria-label={option.name}
              label={{
                className: mergeClasses(styles.choice, value === option.value && styles.chosenChoice),
                children: (
                  <>
                    <span className={styles.emoji}>{option.symbol}</span>
                    {showWords && option.label && <span className={styles.caption}>{option.label}</span>}
                  </>
                ),
              }}
            />
          ))}
        </RadioGroup>
      </Field>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissError}>
              {t('common.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </StaticCard>
  );
}
