/**
 * The sequence numbers seen in one conversation: everything up to `mark`, plus a few above
 * it that arrived early. `mark` is what `resume` asks to continue from, so a gap is always
 * re-fetched and a frame seen twice is always dropped.
 */
export interface SeenState {
  mark: number
  above: number[]
}

export class SeenSet {
  mark: number
  private readonly above: Set<number>

  constructor(state: SeenState = { mark: 0, above: [] }) {
    this.mark = state.mark
    this.above = new Set(state.above)
  }

  has(seq: number): boolean {
    return seq <= this.mark || this.above.has(seq)
  }

  /** Records `seq`; returns false when it was already seen. */
  add(seq: number): boolean {
    if (this.has(seq)) return false
    this.above.add(seq)
    while (this.above.delete(this.mark + 1)) this.mark++
    return true
  }

  toJSON(): SeenState {
    return { mark: this.mark, above: [...this.above] }
  }
}
