import { randomBytes } from "node:crypto";
import type { Core } from "../../../src/ports/core.js";
import type { Form } from "../../../src/ui/reply.js";

export interface FormSession {
  id: string;
  userId: string;
  form: Form;
  /** Answers from the parts submitted so far: nothing is stored until the last part is sent. */
  values: Record<string, string>;
  expiresAt: number;
}

// An interaction token lives 15 minutes; a form left longer than that is opened again from its command.
const LIFETIME_MS = 15 * 60_000;
const MOST_SESSIONS = 10_000;

/**
 * Forms that are open in Discord, between a modal's parts. Held in memory on purpose: what a
 * person typed in part 1 is not saved (and not acknowledged as saved) until the last part is sent;
 * a restart in between asks them to open the form again, and the part-1 message shows their answers.
 */
export class FormSessions {
  private readonly sessions = new Map<string, FormSession>();

  constructor(private readonly clock: Pick<Core, "now">) {}

  open(form: Form, userId: string, values: Record<string, string> = {}): FormSession {
    this.sweep();
    const session = { id: randomBytes(9).toString("base64url"), userId, form, values, expiresAt: this.clock.now().getTime() + LIFETIME_MS };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session if it is this person's and still fresh. */
  find(id: string | null, userId: string): FormSession | null {
    if (id === null) return null;
    const session = this.sessions.get(id);
    if (session === undefined || session.userId !== userId) return null;
    if (session.expiresAt < this.clock.now().getTime()) {
      this.sessions.delete(id);
      return null;
    }
    return session;
  }

  remember(session: FormSession, values: Record<string, string>): void {
    session.values = { ...session.values, ...values };
    session.expiresAt = this.clock.now().getTime() + LIFETIME_MS;
  }

  close(id: string): void {
    this.sessions.delete(id);
  }

  private sweep(): void {
    const now = this.clock.now().getTime();
    for (const [id, session] of this.sessions) if (session.expiresAt < now) this.sessions.delete(id);
    // Map keeps insertion order: the oldest go first when someone floods us with forms.
    for (const id of this.sessions.keys()) {
      if (this.sessions.size < MOST_SESSIONS) break;
      this.sessions.delete(id);
    }
  }
}
