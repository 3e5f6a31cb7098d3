import { createMemoryBackend, type MemoryBackend } from '@chao/connector/memory'

/**
 * The other end of the port: here Chao's in-page reference backend, standing in for yours
 * (in a worker it would call your API). Returns a function that opens a new port to it.
 */
export function servePorts(backend: MemoryBackend = createMemoryBackend()): () => MessagePort {
  return () => {
    const { port1, port2 } = new MessageChannel()
    const connection = backend.connect('visitor', (frame) => port2.postMessage(frame))
    port2.onmessage = (event) => {
      if (event.data === 'close') {
        connection.close()
        port2.close()
      } else connection.receive(event.data)
    }
    port2.start()
    return port1
  }
}
