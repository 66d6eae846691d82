/**
 * A fetch of a user-given address that failed or was refused. `reason` is safe to show that user:
 * it never quotes what the server sent, and it reads the same for a closed port, a refused
 * connection and a host that does not exist, so the bot cannot be used to map a network.
 */
export class OutboundFetchError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "OutboundFetchError";
  }
}

export const NO_ANSWER = "nothing answered at that address over https";
