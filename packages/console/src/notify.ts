/** A short beep and, when allowed, a browser notification for a chat entering the queue. */
export function notifyNewChat(): void {
  try {
    const audio = new AudioContext()
    const tone = audio.createOscillator()
    tone.frequency.value = 880
    tone.connect(audio.destination)
    tone.start()
    tone.stop(audio.currentTime + 0.12)
    tone.onended = () => void audio.close()
  } catch {
    // No audio (autoplay policy before any click): the badge count still shows it.
  }
  if (
    typeof Notification !== 'undefined' &&
    Notification.permission === 'granted' &&
    document.hidden
  ) {
    new Notification('Chao: a visitor is waiting')
  }
}
