/**
 * One statement to rate: a radio group named by the statement, five radios that show an
 * emoji and are announced by value and meaning ("4 – Agree"). Arrow keys move the choice.
 */
import {
  Button,
  Card,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../api/client.ts';
import { ratingEmoji, ratingFrom, ratingNameKey, ratingScale } from './ratingScale.ts';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  // Five stacked radios share the row evenly, so the scale fits any panel width.
  group: { display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))' },
  radio: { justifyContent: 'center', minWidth: 0 },
  emoji: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

export interface StatementRatingProps {
  readonly statementText: string;
  readonly value: Rating | undefined;
  readonly disabled: boolean;
  readonly error?: string;
  readonly onRate: (value: Rating) => void;
  readonly onDismissError: () => void;
}

export function StatementRating({ statementText, value, disabled, error, onRate, onDismissError }: StatementRatingProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Card className={styles.card}>
      <Field label={{ children: statementText, className: styles.label }}>
        <RadioGroup
          layout="horizontal-stacked"
          className={styles.group}
          // '' selects nothing while keeping the group controlled.
          value={value === undefined ? '' : String(value)}
          disabled={disabled}
          onChange={(_event, data) => {
            const rating = ratingFrom(data.value);
            if (rating !== undefined) onRate(rating);
          }}
        >
          {ratingScale.map((rating) => (
            <Radio
              key={rating}
              value={String(rating)}
              className={styles.radio}
              aria-label={t(ratingNameKey(rating))}
              label={{ children: ratingEmoji(rating), className: styles.emoji }}
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
    </Card>
  );
}
