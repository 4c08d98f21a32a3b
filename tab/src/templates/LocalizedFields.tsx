/**
 * One text of a template in each of its languages: one labelled input per language, the
 * default language first, each with its own error ("Statement 2 (Svenska)": write it in
 * Svenska). Each input is marked with its language, so screen readers pronounce it right.
 */
import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { TemplateLanguage } from '@contract';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import type { FormProblem, Texts } from './templateForm.ts';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface LocalizedFieldsProps {
  /** What the text is ("Statement 2"); each input adds its language when there are several. */
  readonly label: string;
  /** The path the API reports for this text, without the language (`statements.1.text`). */
  readonly path: string;
  readonly texts: Texts;
  readonly languages: readonly TemplateLanguage[];
  readonly problems: ReadonlyMap<string, FormProblem>;
  /** The message to show for a problem on one of these inputs. */
  readonly messageOf: (problem: FormProblem) => string;
  readonly onChange: (texts: Texts) => void;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly hint?: string;
}

export function fieldLabel(label: string, language: TemplateLanguage, languages: readonly TemplateLanguage[]): string {
  return languages.length > 1 ? `${label} (${LANGUAGE_NAMES[language]})` : label;
}

export function LocalizedFields({
  label,
  path,
  texts,
  languages,
  problems,
  messageOf,
  onChange,
  required = true,
  multiline = false,
  hint,
}: LocalizedFieldsProps) {
  const styles = useStyles();
  return (
    <div className={styles.group}>
      {languages.map((language, index) => {
        const problem = problems.get(`${path}.${language}`);
        const value = texts[language] ?? '';
        const change = (text: string) => onChange({ ...texts, [language]: text });
        return (
          <Field
            key={language}
            label={fieldLabel(label, language, languages)}
            required={required}
            hint={index === 0 ? hint : undefined}
            validationState={problem ? 'error' : 'none'}
            validationMessage={problem ? messageOf(problem) : undefined}
          >
            {multiline ? (
              <Textarea lang={language} resize="vertical" value={value} onChange={(_event, data) => change(data.value)} />
            ) : (
              <Input lang={language} value={value} onChange={(_event, data) => change(data.value)} />
            )}
          </Field>
        );
      })}
    </div>
  );
}
