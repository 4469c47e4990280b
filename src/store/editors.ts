// The Editors port over libSQL: admins added by owners. Owners themselves
// come from the configuration and are never stored.

import type { Client } from "@libsql/client";
import { asc, eq } from "drizzle-orm";
import type { Editor, Editors } from "../domain/admin/ports.ts";
import { auditEntry, openChange } from "./audit.ts";
import { dataVersionBump } from "./data-version.ts";
import { admins } from "./schema.ts";
import { sent, typed } from "./typed.ts";

const editorColumns = { userId: admins.userId, addedBy: admins.addedBy, addedAt: admins.addedAt };

export function createEditors(client: Client): Editors {
  const { db } = typed(client);

  async function find(userId: number): Promise<Editor | undefined> {
    return sent(db.select(editorColumns).from(admins).where(eq(admins.userId, userId)).get());
  }

  return {
    async isEditor(userId) {
      return (await find(userId)) !== undefined;
    },

    async list() {
      return sent(db.select(editorColumns).from(admins).orderBy(asc(admins.addedAt)));
    },

    async add(userId, actor) {
      if (await find(userId)) return { refused: { reason: "already-editor", userId } };
      const [, , added] = await sent(
        db.batch([
          openChange(db),
          auditEntry(db, actor, "add_editor", null, { detail: { userId } }),
          db.insert(admins).values({ userId, addedBy: actor }).returning(editorColumns),
          dataVersionBump(db),
        ]),
      );
      const editor = added[0];
      if (editor === undefined) throw new Error("the new editor was not returned");
      return { ok: editor };
    },

    async remove(userId, actor) {
      if (!(await find(userId))) return { refused: { reason: "not-editor", userId } };
      await sent(
        db.batch([
          openChange(db),
          auditEntry(db, actor, "remove_editor", null, { detail: { userId } }),
          db.delete(admins).where(eq(admins.userId, userId)),
          dataVersionBump(db),
        ]),
      );
      return { ok: { userId } };
    },
  };
}
