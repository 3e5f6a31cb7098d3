/** An agent's own availability, as `agent:status` carries it. */
export const AGENT_STATUSES = ['online', 'away', 'offline'] as const
