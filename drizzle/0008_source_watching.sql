CREATE TABLE `watch_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`url_key` text NOT NULL,
	`url` text NOT NULL,
	`content_hash` text,
	`status` text NOT NULL,
	`note` text,
	`payload` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "watch_items_status_check" CHECK(status IN ('new', 'drafted', 'ignored', 'passed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watch_items_url_key_unique` ON `watch_items` (`url_key`);--> statement-breakpoint
CREATE INDEX `watch_items_content_idx` ON `watch_items` (`content_hash`);--> statement-breakpoint
CREATE TABLE `watch_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`kind` text NOT NULL,
	`keywords` text,
	`region_code` text,
	`etag` text,
	`last_modified` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`last_error` text,
	`last_checked_at` text,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "watch_sources_kind_check" CHECK(kind IN ('feed', 'page'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watch_sources_url_unique` ON `watch_sources` (`url`);