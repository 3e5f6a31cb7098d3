/** Where a settings form's Save stands. */
export type Saving = { state: 'idle' } | { state: 'saved' } | { state: 'error'; message: string }

/** What the last Save did: "Saved.", or the server's refusal with each of its problems. */
export function SaveOutcome({ saving, problems }: { saving: Saving; problems: readonly string[] }) {
  if (saving.state === 'saved') return <p role="status">Saved.</p>
  if (saving.state !== 'error') return null
  return (
    <div role="alert">
      <p>{saving.message}</p>
      <ul aria-label="Problems">
        {problems.map((problem, index) => (
          // A static list, redrawn whole after each Save: the position is a stable key.
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </div>
  )
}
