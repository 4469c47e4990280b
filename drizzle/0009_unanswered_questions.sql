CREATE TABLE `chart_files` (
	`chart_key` text PRIMARY KEY NOT NULL,
	`data_version` integer NOT NULL,
	`file_id` text NOT NULL,
	`caption` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `unanswered_questions` (
	`text` text NOT NULL,
	`week` text NOT NULL,
	`reason` text NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`text`, `week`, `reason`),
	CONSTRAINT "unanswered_questions_reason_check" CHECK(reason IN ('not-understood', 'no-data'))
);
--> statement-breakpoint
CREATE INDEX `unanswered_questions_week_idx` ON `unanswered_questions` (`week`);