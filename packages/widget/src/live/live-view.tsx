import type { ChatEngine, Survey, Translate } from '@chao/core'
import { $liveView } from '../ui/live-view.ts'
import { LazyCsat } from './LazyCsat.tsx'
import { liveBar } from './LiveBar.tsx'
import type { LiveControls } from './live-controls.ts'

/**
 * Shows the live chat in `engine`'s window (`$liveView`): the bar over `controls`, and the
 * rating prompt in the composer's place while `survey` asks. Returns what hides them.
 */
export function showLiveView(engine: ChatEngine, controls: LiveControls, survey: Survey) {
  const Bar = liveBar(controls)
  const View = ({ t }: { t: Translate }) => (
    <>
      <Bar t={t} />
      <LazyCsat survey={survey} t={t} />
    </>
  )
  const stop = survey.$survey.subscribe((state) =>
    $liveView.set({ engine, View, composer: state.status !== 'asking' }),
  )
  return () => {
    stop()
    if ($liveView.get()?.View === View) $liveView.set(null)
  }
}
