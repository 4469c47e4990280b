// The Editors port over libSQL: admins added by owners. Owners themselves
// come from the configuration and are never stored.

import type { Client, Row } from "@libsql/client";
import type { Editor, Editors } from "../domain/admin/ports.ts";
import { auditRow, beginChange } from "./audit.ts";
import { bumpDataVersion } from "./data-version.ts";
import { numeric, text } from "./rows.ts";

const EDITOR_COLUMNS = "user_id, added_by, added_at";

export function createEditors(client: Client): Editors {
  async function find(userId: number): Promise<Editor | undefined> {
    const { rows } = await client.execute({
      sql: `SELECT ${EDITOR_COLUMNS} FROM admins WHERE user_id = ?`,
      args: [userId],
    });
    return rows[0] && editorOf(rows[0]);
  }

  return {
    async isEditor(userId) {
      return (await find(userId)) !== undefined;
    },

    async list() {
      const { rows } = await client.execute(
        `SELECT ${EDITOR_COLUMNS} FROM admins ORDER BY added_at`,
      );
      return rows.map(editorOf);
    },

    async add(userId, actor) {
      if (await find(userId)) return { refused: { reason: "already-editor", userId } };
      const [, , added] = await client.batch(
        [
          beginChange,
          auditRow(actor, "add_editor", null, { detail: { userId } }),
          {
            sql: `INSERT INTO admins (user_id, added_by) VALUES (?, ?) RETURNING ${EDITOR_COLUMNS}`,
            args: [userId, actor],
          },
          bumpDataVersion,
        ],
        "write",
      );
      const row = added?.rows[0];
      if (row === undefined) throw new Error("the new editor was not returned");
      return { ok: editorOf(row) };
    },

    async remove(userId, actor) {
      if (!(await find(userId))) return { refused: { reason: "not-editor", userId } };
      await client.batch(
        [
          beginChange,
          auditRow(actor, "remove_editor", null, { detail: { userId } }),
          { sql: "DELETE FROM admins WHERE user_id = ?", args: [userId] },
          bumpDataVersion,
        ],
        "write",
      );
      return { ok: { userId } };
    },
  };
}

function editorOf(row: Row): Editor {
  return {
    userId: numeric(row, "user_id"),
    addedBy: text(row, "added_by"),
    addedAt: text(row, "added_at"),
  };
}
