/**
 * Semantic version of the wire protocol (docs/protocol.md). Peers with the same major
 * version understand each other; they speak the lower of their two minor versions.
 */
export const PROTOCOL_VERSION = '1.4.0'

export type Negotiation = { ok: true; version: string } | { ok: false; reason: string }

const SEMVER = /^(\d{1,4})\.(\d{1,4})\.(\d{1,4})$/

/**
 * What a server speaking `ours` answers a client speaking `theirs`: the common version
 * (same major, lower minor), or why they cannot talk.
 */
export function negotiateVersion(theirs: string, ours: string = PROTOCOL_VERSION): Negotiation {
  const a = SEMVER.exec(theirs)
  const b = SEMVER.exec(ours)
  if (a === null || b === null) {
    return { ok: false, reason: `"${theirs}" is not a protocol version such as ${ours}.` }
  }
  if (a[1] !== b[1]) {
    return {
      ok: false,
      reason:
        `This server speaks protocol ${ours}; the client speaks ${theirs}, an incompatible ` +
        'major version. Update @chao/connector (or the widget) to a release for this server.',
    }
  }
  return { ok: true, version: Number(a[2]) < Number(b[2]) ? theirs : ours }
}

/** The minor version of a negotiated version, to gate features added in later minors. */
export function minorOf(version: string): number {
  return Number(version.split('.')[1] ?? 0)
}
