import type { Stage } from '@/lib/api-types';

/** The funnel stage, coloured by its group (active / success / failure / not_lead). */
export function StagePill({ stage }: { stage: Stage }) {
  return (
    <span className={`sb-stage sb-stage--${stage.group}`} data-group={stage.group} title={stage.name}>
      <span className="sb-stage__dot" aria-hidden="true" />
      <span className="sb-stage__name">{stage.name}</span>
    </span>
  );
}
