/** Below a list of templates: "Show more templates" while the API has more, or why they did not load. */
import { Button, Spinner } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import { ErrorBar } from '../shared/ErrorBar.tsx';
import type { TemplateList } from './useTemplateList.ts';

export function ShowMoreTemplates({ list, disabled = false }: { list: TemplateList; disabled?: boolean }) {
  const { t } = useTranslation();
  if (list.state.status !== 'loaded') return null;
  if (list.moreError) {
    return <ErrorBar error={t('start.moreTemplatesFailed', { reason: list.moreError })} onRetry={list.showMore} />;
  }
  if (!list.hasMore) return null;
  return (
    <div>
      <Button
        appearance="secondary"
        // Focusable while the page loads, so the keyboard stays where it was.
        disabledFocusable={disabled || list.loadingMore}
        icon={list.loadingMore ? <Spinner size="extra-tiny" /> : undefined}
        onClick={list.showMore}
      >
        {t('start.showMoreTemplates')}
      </Button>
    </div>
  );
}
