CREATE TABLE `admins` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`added_by` text NOT NULL,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
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
	CONSTRAINT "audit_log_action_check" CHECK(action IN ('create_draft', 'update_draft', 'set_value', 'remove_value', 'set_target', 'import', 'undo', 'publish', 'discard', 'correct', 'add_editor', 'remove_editor'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_release_change_idx` ON `audit_log` (`release_id`,`change_id`);--> statement-breakpoint
CREATE INDEX `audit_log_change_idx` ON `audit_log` (`change_id`);--> statement-breakpoint
CREATE TABLE `pending_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`payload` text NOT NULL
);
--> statement-breakpoint
DROP INDEX `targets_indicator_year_scope_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `targets_indicator_year_scope_release_unique` ON `targets` (`indicator`,`year`,`scope`,`release_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `releases_one_open_draft` ON `releases` (`status`) WHERE status = 'draft';