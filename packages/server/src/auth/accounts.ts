import type { AgentRecord, AgentRole } from '../db/agent-store.ts'
import type { Store } from '../db/store.ts'
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.ts'

export interface AccountInput {
  email: string
  name: string
  password: string
  role?: AgentRole
  maxChats?: number
  departments?: string[]
}

export class AccountError extends Error {}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/

/** Creates an agent account, checking what a person could get wrong and saying how to fix it. */
export async function createAccount(store: Store, input: AccountInput): Promise<AgentRecord> {
  const email = input.email.trim()
  const name = input.name.trim()
  if (!EMAIL.test(email)) throw new AccountError(`"${input.email}" is not an email address.`)
  if (name.length === 0 || name.length > 100)
    throw new AccountError('The name must be 1 to 100 characters.')
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  }
  if ((await store.findAgentByEmail(email)) !== undefined) {
    throw new AccountError(`An agent with the email ${email} already exists.`)
  }
  for (const department of input.departments ?? []) {
    if ((await store.getDepartment(department)) === undefined) {
      throw new AccountError(`No department "${department}"; create it first.`)
    }
  }
  const passwordHash = await hashPassword(input.password)
  // Two requests for one email can both pass the check above while hashing: the unique
  // index decides, and the loser gets the same clear error, not a 500.
  return store
    .createAgent({
      email,
      name,
      role: input.role ?? 'agent',
      passwordHash,
      ...(input.maxChats === undefined ? {} : { maxChats: input.maxChats }),
      ...(input.departments === undefined ? {} : { departments: input.departments }),
    })
    .catch((error: unknown) => {
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new AccountError(`An agent with the email ${email} already exists.`)
      }
      throw error
    })
}

/** The demo's agent; `chao start` prints this login when the demo is on. */
export const DEMO_AGENT = {
  email: 'agent@demo.chao',
  name: 'Demo Agent',
  password: 'chao-demo-password',
} as const

/** Seeds the demo agent once (an admin, so the demo can show every screen). */
export async function seedDemoAgent(store: Store): Promise<void> {
  if ((await store.findAgentByEmail(DEMO_AGENT.email)) !== undefined) return
  await createAccount(store, { ...DEMO_AGENT, role: 'admin' })
}
