// A bare socket.io server that echoes one event: the baseline for latency.mjs.
import { createServer } from 'node:http'
import { createRequire } from 'node:module'

// socket.io is a dependency of the server package, not of the repository root.
const { Server } = createRequire(new URL('../../packages/server/package.json', import.meta.url))(
  'socket.io',
)

const http = createServer()
const io = new Server(http, { serveClient: false })
io.on('connection', (socket) => socket.on('echo', (data) => socket.emit('echo', data)))
http.listen(0, '127.0.0.1', () => process.send?.({ port: http.address().port }))
