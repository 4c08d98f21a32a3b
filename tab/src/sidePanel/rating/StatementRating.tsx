/**
 * One statement to rate: a radio group named by the statement, one radio per scale value that
 * shows its symbol (👎…👍, 🔴🟡🟢 or the number) and is announced by value and meaning
 * ("4 – Agree"). Arrow keys move the choice.
 */
import {
  Button,
  Field,
  makeStyles,
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
  // The stacked radios share the row evenly (one column per value), so any scale fits the panel.
  group: { display: 'grid' },
  radio: { justifyContent: 'center', minWidth: 0 },
  choice: { display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', minWidth: 0 },
  emoji: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
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
              className={styles.radio}
              aria-label={option.name}
              label={{
                className: styles.choice,
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
