// The notification sound of a rule with `"sound": true`: two short, quiet sine notes made by
// Web Audio (no audio file to download). Browsers only let a page make sound after the
// visitor interacted with it; before that we stay silent rather than queue a late chime.

type AudioWindow = Window & {
  AudioContext?: typeof AudioContext
  webkitAudioContext?: typeof AudioContext
}

/** Loud enough to notice, far below full scale (the gain's peak). */
const VOLUME = 0.06
const NOTES = [880, 1320] as const
const NOTE_S = 0.12

/**
 * Plays the chime when the page had a user gesture (`navigator.userActivation`, or, where the
 * browser lacks it, an AudioContext that starts `running`). Returns whether it played.
 */
export function playChime(win: Window): boolean {
  const activation = (win.navigator as { userActivation?: UserActivation }).userActivation
  if (activation && !activation.hasBeenActive) return false
  const Context = (win as AudioWindow).AudioContext ?? (win as AudioWindow).webkitAudioContext
  if (!Context) return false
  let context: AudioContext
  try {
    context = new Context()
  } catch {
    return false
  }
  if (context.state !== 'running') {
    void context.close().catch(() => {})
    return false
  }
  const start = context.currentTime
  NOTES.forEach((frequency, i) => {
    const at = start + i * NOTE_S
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequency
    // A quick rise and an exponential fall: no click at either end.
    gain.gain.setValueAtTime(0.0001, at)
    gain.gain.exponentialRampToValueAtTime(VOLUME, at + 0.01)
    gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_S)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(at)
    oscillator.stop(at + NOTE_S)
  })
  // One context per chime, closed once it is over (browsers cap the number of contexts).
  win.setTimeout(() => void context.close().catch(() => {}), (NOTES.length * NOTE_S + 0.1) * 1000)
  return true
}
