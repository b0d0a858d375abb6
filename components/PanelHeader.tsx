export interface PanelHeaderProps {
  title: string;
  subtitle: string;
  iconUrl?: string;
}

export function PanelHeader({ title, subtitle, iconUrl }: PanelHeaderProps) {
  return (
    <header className="panel-header">
      {iconUrl ? (
        <img className="panel-header__icon" src={iconUrl} alt="" width={28} height={28} />
      ) : null}
      <div>
        <h1>{title}</h1>
        <p className="panel-header__subtitle">{subtitle}</p>
      </div>
    </header>
  );
}
