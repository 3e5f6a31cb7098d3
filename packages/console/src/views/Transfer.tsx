import { useEffect, useState } from 'preact/hooks'
import { api, type TeamMember } from '../api.ts'
import { sendFrame } from '../stores/live.ts'

/** Transfer to an agent or a department, with an internal note. */
export function Transfer({
  conversationId,
  onDone,
}: {
  conversationId: string
  onDone: () => void
}) {
  const [agents, setAgents] = useState<TeamMember[]>([])
  const [departments, setDepartments] = useState<{ id: string; name: string }[]>([])
  useEffect(() => {
    void api.team().then((t) => setAgents(t.agents))
    void api.departments().then((d) => setDepartments(d.departments))
  }, [])
  const submit = (event: Event) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const [kind, id] = String(form.get('target')).split(':')
    const note = String(form.get('note') ?? '').trim()
    if (id === undefined || id === '') return
    sendFrame({
      type: 'conversation:transfer',
      conversationId,
      ...(kind === 'agent' ? { agentId: id } : { department: id }),
      ...(note === '' ? {} : { note }),
    })
    onDone()
  }
  return (
    <form class="transfer" aria-label="Transfer" onSubmit={submit}>
      <label>
        Transfer to
        <select name="target" required>
          <option value="">Choose…</option>
          <optgroup label="Departments">
            {departments.map((d) => (
              <option key={d.id} value={`department:${d.id}`}>
                {d.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Agents">
            {agents.map((a) => (
              <option key={a.id} value={`agent:${a.id}`} disabled={a.status === 'offline'}>
                {a.name} ({a.status}, {a.load}/{a.maxChats})
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        Transfer note
        <input name="note" maxLength={1000} />
      </label>
      <button type="submit">Confirm transfer</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  )
}
