import { useTranslation } from 'react-i18next';
import { useHealth, type HealthChecks } from '../api/get-health';

const SERVICES = ['database', 'redis'] as const satisfies ReadonlyArray<keyof HealthChecks>;

/** The home page's view of `/api/health`: each service up or down, in words (not by colour alone). */
export function SystemStatusPanel() {
  const { t } = useTranslation();
  const health = useHealth();

  return (
    <section className="panel" aria-labelledby="system-status-title">
      <h2 id="system-status-title">{t('status.title')}</h2>
      {health.isPending && <p role="status">{t('status.loading')}</p>}
      {health.isError && (
        <p role="alert" className="status-line status-line--down">
          {t('status.unreachable')}
        </p>
      )}
      {health.data && (
        <>
          <p role="status" className={`status-line status-line--${health.data.ok ? 'up' : 'down'}`}>
            {health.data.ok ? t('status.allUp') : t('status.someDown')}
          </p>
          <dl className="service-list">
            {SERVICES.map((service) => {
              const check = health.data.checks[service];
              return (
                <div key={service} className="service-list__item" data-testid={`service-${service}`}>
                  <dt>{t(`status.${service}`)}</dt>
                  <dd>
                    <span className={`badge badge--${check.status}`}>{t(`status.${check.status}`)}</span>
                    {check.latencyMs !== undefined && (
                      <span className="muted"> · {t('status.latency', { ms: check.latencyMs })}</span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
