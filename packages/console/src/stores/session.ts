import { atom } from 'nanostores'
import { type Agent, ApiError, api } from '../api.ts'

/** The logged-in agent; undefined while checking, null when logged out. */
export const $agent = atom<Agent | null | undefined>(undefined)

export async function restoreSession(): Promise<void> {
  try {
    $agent.set(await api.me())
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) $agent.set(null)
    else throw error
  }
}

export async function logIn(email: string, password: string): Promise<void> {
  $agent.set(await api.login(email, password))
}

export async function logOut(): Promise<void> {
  await api.logout().catch(() => {})
  $agent.set(null)
}
