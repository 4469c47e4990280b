PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`release_id` integer,
	`indicator` text,
	`region_code` text,
	`year` integer,
	`old_value` real,
	`new_value` real,
	`change_id` integer NOT NULL,
	`detail` text,
	`undone` integer DEFAULT false NOT NULL,
	CONSTRAINT "audit_log_action_check" CHECK(action IN ('create_draft', 'update_draft', 'set_value', 'remove_value', 'set_target', 'import', 'undo', 'publish', 'discard', 'correct', 'add_editor', 'remove_editor', 'add_indicator', 'update_indicator'))
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "at", "actor", "action", "release_id", "indicator", "region_code", "year", "old_value", "new_value", "change_id", "detail", "undone") SELECT "id", "at", "actor", "action", "release_id", "indicator", "region_code", "year", "old_value", "new_value", "change_id", "detail", "undone" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_release_change_idx` ON `audit_log` (`release_id`,`change_id`);--> statement-breakpoint
CREATE INDEX `audit_log_change_idx` ON `audit_log` (`change_id`);