/**
 * The leadership view (personal tab, `?view=leadership`): the latest check of every team of
 * the tenant that opted in, side by side in a sortable grid, filterable by pillar. Only
 * aggregates — scores, their 95 % intervals and trends. It uses nothing from teams-js that
 * Outlook and the Microsoft 365 app lack (context, SSO token, theme), so it runs there too.
 * Loaded on demand (React.lazy), like the history.
 */
import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { templateTexts } from '../scores/templateTexts.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { useLoad } from '../shared/useLoad.ts';
import { strings } from '../strings.ts';
import { LeadershipGrid } from './LeadershipGrid.tsx';

const ALL_PILLARS = '';

const useStyles = makeStyles({
  page: { maxWidth: '90rem', marginInline: 'auto' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  intro: { margin: 0, maxWidth: '60rem' },
  filter: { maxWidth: '24rem', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export default function LeadershipView() {
  const page = usePageStyles();
  const styles = useStyles();
  const api = useApiClient();
  const [pillar, setPillar] = useState(ALL_PILLARS);
  const templates = useLoad(
    (signal) => api.listTemplates(signal).then(({ templates }) => templateTexts(templates)),
    'templates',
  );
  const scores = useLoad((signal) => api.leadershipScores(pillar || undefined, signal), pillar);
  useReportFirstScreen(scores.state.status !== 'loading');
  const texts = templates.state.status === 'loaded' ? templates.state.data : templateTexts([]);

  return (
    <main className={mergeClasses(page.page, styles.page)}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={page.heading}>
          {strings.leadership.heading}
        </Text>
        <Text as="p" className={styles.intro}>
          {strings.leadership.intro}
        </Text>
        <Text as="p" size={200} className={mergeClasses(styles.intro, styles.secondary)}>
          {strings.scores.help}
        </Text>
      </header>
      <Field label={strings.leadership.pillarLabel} className={styles.filter}>
        <Select value={pillar} onChange={(_event, data) => setPillar(data.value)}>
          <option value={ALL_PILLARS}>{strings.leadership.allPillars}</option>
          {texts.pillars.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </Select>
      </Field>
      {scores.state.status === 'loading' && <Spinner label={strings.common.loading} />}
      {scores.state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.leadership.loadFailed(scores.state.message)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={scores.reload}>{strings.common.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {scores.state.status === 'loaded' &&
        (scores.state.data.teams.length === 0 ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{strings.leadership.none}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Text role="status">{strings.leadership.teamCount(scores.state.data.teams.length)}</Text>
            <LeadershipGrid teams={scores.state.data.teams} texts={texts} pillarSelected={pillar !== ALL_PILLARS} />
          </>
        ))}
    </main>
  );
}
