/** What the last facilitator control did, when it needs saying: an error, or a confirmation. Shared by the controls and the panel that shows it. */
export interface ControlFeedback {
  readonly intent: 'error' | 'success';
  readonly text: string;
}
