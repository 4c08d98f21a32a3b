/**
 * The personal app's "Your teams" tab (the manifest's first static tab, `?view=teams`): the
 * teams and meeting chats the signed-in person is in that have checks (MyHistories). Choosing
 * one opens its history, the channel tab's view, with a way back to the list. The leadership
 * view is the app's other static tab: Teams shows both in the app header, so there is no tab
 * strip here. The history, with its charts and grids, loads only when one is chosen.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { MyHistory } from '../api/client.ts';
import { LoadBoundary } from '../app/LoadBoundary.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { historyName, MyHistories } from './MyHistories.tsx';
import { PageSpinner } from '../shared/PageSpinner.tsx';

const TeamHistoryView = lazy(() => import('../history/TeamHistoryView.tsx'));

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    minWidth: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  back: { maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'start' },
});

export default function YourTeamsView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<MyHistory>();

  if (!chosen) return <MyHistories onOpen={setChosen} />;
  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="subtle" className={styles.back} onClick={() => setChosen(undefined)}>
          {t('myHistories.back')}
        </Button>
      </div>
      <LoadBoundary>
        <Suspense fallback={<PageSpinner />}>
          {/* The key gives each team a fresh history: nothing of the one before stays. */}
          <TeamHistoryView key={chosen.teamId} teamId={chosen.teamId} teamName={historyName(t, chosen)} />
        </Suspense>
      </LoadBoundary>
    </div>
  );
}

