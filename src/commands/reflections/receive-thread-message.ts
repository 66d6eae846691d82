import type { ThreadMessageEvent, ThreadMessageOutcome, ThreadMessagePosted, TrackedThread } from "../../ports/inbound-events.js";
import { stripControlCharacters } from "../../domain/strip-control-characters.js";
import type { Store } from "../../store/create-store.js";

async function record(store: Store, thread: TrackedThread, message: ThreadMessagePosted): Promise<ThreadMessageOutcome> {
  const body = stripControlCharacters(message.body);
  if (body.trim() === "") return "unchanged";
  const person = await store.people.resolveActor(message.author);
  const added = await store.reflections.recordReflection({ thread, personId: person.id, platformMessageId: message.messageId, body, at: message.postedAt });
  return added ? "recorded" : "unchanged";
}

/**
 * A message in a thread: in a tracked reflection thread every message is one stored reflection
 * (once per message id), edits update it and deletions mark it deleted; other threads are ignored.
 */
export async function receiveThreadMessage(store: Store, event: ThreadMessageEvent, now: Date): Promise<ThreadMessageOutcome> {
  const thread = await store.reflections.findThread(event.platform, event.threadId);
  if (thread === null) return "untracked";
  switch (event.kind) {
    case "posted":
      return record(store, thread, event);
    case "edited": {
      // A thread message is free text like any other: PostgreSQL refuses NUL, so control characters go.
      if (await store.reflections.editReflection(event.platform, event.messageId, stripControlCharacters(event.body), event.editedAt ?? now)) return "updated";
      // An edit of a message never seen (posted while the bot was offline) is recorded as it now reads.
      return event.whole === undefined ? "unchanged" : record(store, thread, event.whole);
    }
    case "deleted": {
      let deleted = false;
      for (const messageId of event.messageIds) deleted = (await store.reflections.deleteReflection(event.platform, messageId, now)) || deleted;
      return deleted ? "deleted" : "unchanged";
    }
  }
}
