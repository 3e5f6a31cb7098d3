/** The part of `BroadcastChannel` that tab sync uses (injectable for Node tests). */
export interface ChannelLike {
  postMessage(data: unknown): void
  onmessage: ((event: { data: unknown }) => void) | null
  close(): void
}

export type ChannelFactory = (name: string) => ChannelLike

/**
 * An in-process hub that behaves like BroadcastChannel: a message reaches every other
 * channel of the same name, never the sender. For tests, and for two chats in one page.
 */
export function memoryChannels(): ChannelFactory {
  const open = new Map<string, Set<ChannelLike>>()
  return (name) => {
    const peers = open.get(name) ?? new Set<ChannelLike>()
    open.set(name, peers)
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(data) {
        // Structured clone, as the real channel does: no shared objects between tabs.
        const copy = structuredClone(data)
        for (const peer of peers) if (peer !== channel) peer.onmessage?.({ data: copy })
      },
      close: () => void peers.delete(channel),
    }
    peers.add(channel)
    return channel
  }
}
