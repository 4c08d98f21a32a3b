/**
 * The channel tab's templates: the ones this team can run (built-in, the team's own and the
 * organisation's), a page at a time with "Show more templates", with "New template" and, for
 * custom ones, "Edit", which saves a new version. The editor itself is loaded only when opened
 * (React.lazy).
 */
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { StaticCard } from '../shared/StaticCard.tsx';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateDefinition } from '../api/client.ts';
import { LoadBoundary } from '../app/LoadBoundary.tsx';
import { ErrorBar } from '../shared/ErrorBar.tsx';
import { usePageStyles } from '../shared/pageStyles.ts';
import { originKeys } from '../sidePanel/checkTemplate.ts';
import { ShowMoreTemplates } from './ShowMoreTemplates.tsx';
import { summaryName } from './templateSummary.ts';
import { useTemplateList } from './useTemplateList.ts';

const TemplateEditor = lazy(() => import('./TemplateEditor.tsx'));

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground2 },
});

type Editing = { readonly templateId?: string } | undefined;

export function TemplatesSection({ teamId }: { teamId: string }) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const newButton = useRef<HTMLButtonElement>(null);
  const templates = useTemplateList(teamId);
  const [editing, setEditing] = useState<Editing>();
  const [saved, setSaved] = useState<TemplateDefinition>();

  const close = () => {
    setEditing(undefined);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={page.heading}>
        {t('templateEditor.sectionHeading')}
      </Text>
      {editing ? (
        <LoadBoundary>
          <Suspense fallback={<Spinner label={t('common.loading')} />}>
            <TemplateEditor
              teamId={teamId}
              templateId={editing.templateId}
              onCancel={close}
              onSaved={(definition) => {
                setSaved(definition);
                templates.reload();
                close();
              }}
            />
          </Suspense>
        </LoadBoundary>
      ) : (
        <>
          <Text className={styles.secondary}>{t('templateEditor.sectionIntro')}</Text>
          {saved && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {t('templateEditor.saved', {
                  name: saved.name[saved.languages[0] ?? 'en'] ?? saved.id,
                  version: saved.version,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button ref={newButton} appearance="primary" onClick={() => setEditing({})}>
              {t('templateEditor.newTemplate')}
            </Button>
          </div>
          {templates.state.status === 'loading' && <Spinner size="small" label={t('common.loading')} />}
          {templates.state.status === 'failed' && (
            <ErrorBar error={t('templateEditor.listFailed', { reason: templates.state.message })} onRetry={templates.reload} />
          )}
          {templates.state.status === 'loaded' && (
            <ul className={page.cards}>
              {templates.state.data.map((template) => {
                const name = summaryName(t, template);
                return (
                  <li key={template.id}>
                    <StaticCard className={page.card}>
                      <Text as="h3" weight="semibold" className={page.heading}>
                        {name}
                      </Text>
                      <div className={styles.line}>
                        <Badge appearance="tint" color={template.origin === 'built-in' ? 'informative' : 'brand'}>
                          {t(originKeys[template.origin])}
                        </Badge>
                        <Text size={200}>{t('templateEditor.version', { version: template.version })}</Text>
                      </div>
                      <Text size={200} className={styles.secondary}>
                        {t('templateEditor.counts', {
                          statements: template.statementCount,
                          questions: template.questionCount,
                          points: template.scalePoints,
                        })}
                      </Text>
                      {template.origin !== 'built-in' && (
                        <div>
                          <Button
                            aria-label={t('templateEditor.editNamed', { name })}
                            onClick={() => {
                              setSaved(undefined);
                              setEditing({ templateId: template.id });
                            }}
                          >
                            {t('templateEditor.edit')}
                          </Button>
                        </div>
                      )}
                    </StaticCard>
                  </li>
                );
              })}
            </ul>
          )}
          <ShowMoreTemplates list={templates} />
        </>
      )}
    </section>
  );
}
