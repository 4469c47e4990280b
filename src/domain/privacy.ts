// What a user can ask the bot to forget: every row that holds their Telegram
// id goes, or has the id taken out, except what records who changed public
// data (the audit trail, and an editor's access granted by an owner), which
// the answer names instead.

/** What /hapusdata did, and what it kept and why: the answer says each. */
export interface Forgotten {
  /** Their private chat's subscription. */
  subscription: boolean;
  /** News waiting for or sent to their private chat. */
  deliveries: number;
  /** Imports they left unconfirmed. */
  pendingImports: number;
  /** Groups and channels they subscribed: the subscription stays (it is the chat's), their id goes. */
  subscribedChats: number;
  /** Publications and corrections that would have reported to them how delivery went. */
  deliveryReports: number;
  /** Kept: they are an editor, an access an owner granted and removes (/editor_hapus). */
  editor: boolean;
  /** Kept: they changed public data as an admin, and the audit trail records who did. */
  adminWrites: boolean;
}

export interface PersonalData {
  /** Deletes everything stored about this user (their private chat has their id), in one write. */
  forgetUser(userId: number): Promise<Forgotten>;
}
