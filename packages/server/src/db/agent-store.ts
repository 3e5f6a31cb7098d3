import type { AgentStatus } from '@chao/protocol'

export type AgentRole = 'agent' | 'admin'

export interface AgentRecord {
  id: string
  email: string
  name: string
  role: AgentRole
  status: AgentStatus
  maxChats: number
  departments: string[]
}

export interface NewAgent {
  email: string
  name: string
  role: AgentRole
  passwordHash: string
  maxChats?: number
  departments?: string[]
}

export interface DepartmentRecord {
  id: string
  name: string
  /** Business hours, or null: always open. See routing/business-hours.ts. */
  hours: BusinessHours | null
}

export interface BusinessHours {
  /** IANA time zone, e.g. Asia/Ho_Chi_Minh. */
  timeZone: string
  /** Per weekday (`mon`…`sun`), open intervals as `HH:MM` pairs; a missing day is closed. */
  days: Partial<Record<Weekday, [string, string][]>>
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

/** Agent accounts, login sessions, presence and departments. */
export interface AgentStore {
  createAgent(input: NewAgent): Promise<AgentRecord>
  getAgent(id: string): Promise<AgentRecord | undefined>
  /** The agent and its password hash, for login. */
  findAgentByEmail(email: string): Promise<(AgentRecord & { passwordHash: string }) | undefined>
  listAgents(): Promise<(AgentRecord & { load: number; connected: boolean })[]>
  setAgentStatus(id: string, status: AgentStatus): Promise<void>
  createSession(input: {
    idHash: string
    agentId: string
    csrf: string
    expiresAt: number
  }): Promise<void>
  /** The session's agent and CSRF token, if the session exists and has not expired at `now`. */
  getSession(idHash: string, now: number): Promise<{ agent: AgentRecord; csrf: string } | undefined>
  deleteSession(idHash: string): Promise<void>
  /** A console connection opened (any node). */
  agentConnected(agentId: string, connectionId: string, now: number): Promise<void>
  /** A console connection closed; true when it was the agent's last one. */
  agentDisconnected(agentId: string, connectionId: string, now: number): Promise<boolean>
  /** This node's connections are alive at `now`. */
  touchConnections(connectionIds: string[], now: number): Promise<void>
  /**
   * Drops connections not refreshed since `before` (their node died) and marks agents left
   * without any as disconnected at `now`; returns those agents' ids.
   */
  dropStaleConnections(before: number, now: number): Promise<string[]>
  createDepartment(input: {
    id: string
    name: string
    hours?: BusinessHours | null
  }): Promise<DepartmentRecord>
  getDepartment(id: string): Promise<DepartmentRecord | undefined>
  listDepartments(): Promise<DepartmentRecord[]>
  setAgentDepartments(agentId: string, departments: string[]): Promise<void>
}
