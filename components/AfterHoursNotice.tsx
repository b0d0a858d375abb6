import { t } from '../lib/i18n';

export interface AfterHoursNoticeProps {
  /** When a person is back, already in words ("Monday, 09:00"). */
  time: string;
  timeZone: string;
}

/** Outside the team's service hours: the suggestions say when a person follows up. */
export function AfterHoursNotice({ time, timeZone }: AfterHoursNoticeProps) {
  return (
    <p className="after-hours" data-testid="after-hours">
      {t('compose_after_hours', { time, zone: timeZone })}
    </p>
  );
}
