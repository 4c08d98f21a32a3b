/**
 * The latest closed check against the one before it: the overall score and each statement's
 * score, both with their 95 % intervals, and the change in words ("↑ Up", "≈ Within noise"); and
 * each one's trend over the team's last checks ("Rising since Sep 14, 2026: +19.7, beyond noise").
 */
import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { StaticCard } from '../shared/StaticCard.tsx';
import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { CheckWindowTrends, TeamCheckScores, WindowTrend } from '../api/client.ts';
import { ScoreHelp } from '../scores/ScoreHelp.tsx';
import { ScoreValue } from '../scores/ScoreValue.tsx';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { TrendBadge } from '../scores/TrendBadge.tsx';
import { WindowTrendText } from '../scores/WindowTrendText.tsx';
import { usePageStyles } from '../shared/pageStyles.ts';
import { shownCheckTitle } from '../i18n/titleWithoutDate.ts';

const useStyles = makeStyles({
  values: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
  },
  value: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  trend: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground2 },
  overTime: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  facts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  help: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

export interface LatestCheckProps {
  readonly latest: TeamCheckScores;
  /** The check the API compared the latest with (`comparedWith`), when it is in the period shown. */
  readonly previous?: TeamCheckScores;
  readonly texts: TemplateTexts;
  /** The API's trends over the team's last checks; shown only when they end with `latest`. */
  readonly windowTrends?: CheckWindowTrends | null;
}

export function LatestCheck({ latest, previous, texts, windowTrends: anyWindowTrends }: LatestCheckProps) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const helpId = useId();
  const statementIds = texts.statementOrder(latest.statements.map((statement) => statement.id));
  const comparedIds = new Set(latest.comparedWith?.sameStatements ?? []);
  const windowTrends = anyWindowTrends?.sessionId === latest.id ? anyWindowTrends : undefined;
  const overallOverFewer =
    windowTrends?.overall && windowTrends.overallStatements.length < latest.statements.length
      ? windowTrends.overallStatements.length
      : undefined;
  return (
    <section className={page.section} aria-labelledby={headingId} aria-describedby={helpId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={page.heading}>
        {t('history.latestHeading')}
      </Text>
      <div className={styles.facts}>
        <Text as="p" weight="semibold" className={page.heading}>
          {t('history.latestOf', { title: shownCheckTitle(t, latest), date: latest.createdAt })}
        </Text>
        <Text as="p" className={page.heading}>
          {t('history.participation', { voters: latest.voters, count: latest.participants })}
        </Text>
        <Text as="p" size={200} className={styles.secondary}>
          {previous
            ? t('history.comparedWith', { date: previous.createdAt })
            : latest.comparedWith
              ? t('history.comparedWithEarlier')
              : t('history.firstCheck')}
        </Text>
      </div>
      {latest.comparedWith?.templateChanged && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('history.templateChanged', { count: latest.comparedWith.sameStatements.length })}</MessageBarBody>
        </MessageBar>
      )}
      <ScoreHelp id={helpId} className={styles.help} />
      {windowTrends && (
        <ScoreHelp
          className={styles.help}
          texts={{ summary: t('windowTrend.helpSummary'), details: t('windowTrend.help'), how: t('windowTrend.helpHow') }}
        />
      )}
      <ul className={page.cards}>
        <li>
          <ComparisonCard
            heading={t('history.overallLabel')}
            latest={{ score: latest.overall, interval: latest.overallInterval }}
            previous={previous && { score: previous.overall, interval: previous.overallInterval }}
            trend={latest.trend}
            overTime={windowTrends && { trend: windowTrends.overall, overFewer: overallOverFewer }}
            large
          />
        </li>
        {statementIds.map((id) => {
          const now = latest.statements.find((statement) => statement.id === id);
          // Only statements both checks had (by id) are compared; a new one has no "previous".
          const compared = !latest.comparedWith || comparedIds.has(id);
          const before = compared ? previous?.statements.find((statement) => statement.id === id) : undefined;
          return (
            <li key={id}>
              <ComparisonCard
                heading={texts.statement(id, latest.templateId)}
                latest={{ score: now?.score ?? null, interval: now?.interval ?? null }}
                previous={previous && compared ? { score: before?.score ?? null, interval: before?.interval ?? null } : undefined}
                trend={now?.trend ?? null}
                overTime={windowTrends && { trend: windowTrends.statements[id] ?? null }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface ScorePair {
  readonly score: number | null;
  readonly interval: TeamCheckScores['overallInterval'];
}

function ComparisonCard({
  heading,
  latest,
  previous,
  trend,
  overTime,
  large = false,
}: {
  heading: string;
  latest: ScorePair;
  previous?: ScorePair;
  trend: TeamCheckScores['trend'];
  /** The trend over the last checks; `overFewer`: over this many statements only. */
  overTime?: { trend: WindowTrend | null; overFewer?: number };
  large?: boolean;
}) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <StaticCard className={page.card}>
      <Text as="h3" weight="semibold" className={page.heading}>
        {heading}
      </Text>
      <div className={styles.values}>
        <div className={styles.value}>
          <Text size={200} className={styles.label}>
            {t('history.latestLabel')}
          </Text>
          <ScoreValue score={latest.score} interval={latest.interval} size={large ? 'large' : 'medium'} />
        </div>
        {previous && (
          <div className={styles.value}>
            <Text size={200} className={styles.label}>
              {t('history.previousLabel')}
            </Text>
            <ScoreValue score={previous.score} interval={previous.interval} />
          </div>
        )}
      </div>
      {previous && (
        <div className={styles.trend}>
          <Text size={200}>{t('trend.sincePrevious')}</Text>
          <TrendBadge trend={trend} showNone />
        </div>
      )}
      {overTime && (
        <div className={styles.overTime}>
          <Text size={200}>{t('windowTrend.label')}</Text>
          <WindowTrendText trend={overTime.trend} showNone />
          {overTime.overFewer !== undefined && (
            <Text size={200} className={styles.secondary}>
              {t('windowTrend.overallOver', { count: overTime.overFewer })}
            </Text>
          )}
        </div>
      )}
    </StaticCard>
  );
}
