CREATE TABLE `broadcasts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`release_id` integer NOT NULL,
	`detail` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`summary_sent_at` integer,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "broadcasts_kind_check" CHECK(kind IN ('release', 'correction'))
);
--> statement-breakpoint
CREATE INDEX `broadcasts_summary_idx` ON `broadcasts` (`summary_sent_at`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`broadcast_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT 0 NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`message_id` integer,
	`last_error` text,
	`sent_at` integer,
	FOREIGN KEY (`broadcast_id`) REFERENCES `broadcasts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "deliveries_status_check" CHECK(status IN ('pending', 'sending', 'sent', 'failed', 'inactive'))
);
--> statement-breakpoint
CREATE INDEX `deliveries_status_due_idx` ON `deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `deliveries_broadcast_status_idx` ON `deliveries` (`broadcast_id`,`status`);--> statement-breakpoint
CREATE INDEX `deliveries_sent_idx` ON `deliveries` (`sent_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_broadcast_chat_unique` ON `deliveries` (`broadcast_id`,`chat_id`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`chat_id` integer PRIMARY KEY NOT NULL,
	`chat_type` text NOT NULL,
	`title` text,
	`lang` text NOT NULL,
	`region_filter` text,
	`indicator_filter` text,
	`active` integer DEFAULT true NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`inactive_reason` text,
	FOREIGN KEY (`region_filter`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_filter`) REFERENCES `indicators`(`slug`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "subscriptions_chat_type_check" CHECK(chat_type IN ('private', 'group', 'supergroup', 'channel')),
	CONSTRAINT "subscriptions_lang_check" CHECK(lang IN ('id', 'en'))
);
