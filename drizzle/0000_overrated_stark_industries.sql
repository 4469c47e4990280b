CREATE TABLE `indicators` (
	`slug` text PRIMARY KEY NOT NULL,
	`name_id` text NOT NULL,
	`name_en` text NOT NULL,
	`short_id` text NOT NULL,
	`short_en` text NOT NULL,
	`unit` text NOT NULL,
	`description_id` text NOT NULL,
	`description_en` text NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`release_id` integer NOT NULL,
	`indicator` text NOT NULL,
	`region_code` text NOT NULL,
	`value` real NOT NULL,
	`source_rank` text,
	`corrected` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`release_id`, `indicator`, `region_code`),
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator`) REFERENCES `indicators`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "observations_source_rank_check" CHECK(source_rank IN ('highest', 'lowest'))
);
--> statement-breakpoint
CREATE INDEX `observations_indicator_region_idx` ON `observations` (`indicator`,`region_code`);--> statement-breakpoint
CREATE TABLE `region_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	FOREIGN KEY (`code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	FOREIGN KEY (`parent_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "regions_level_check" CHECK(level IN ('province', 'regency', 'city'))
);
--> statement-breakpoint
CREATE TABLE `releases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`as_of` text NOT NULL,
	`presented_on` text,
	`title` text NOT NULL,
	`source` text NOT NULL,
	`url` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` text,
	`published_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`published_at` text,
	CONSTRAINT "releases_status_check" CHECK(status IN ('draft', 'published'))
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator` text NOT NULL,
	`year` integer NOT NULL,
	`scope` text DEFAULT 'national' NOT NULL,
	`value` real NOT NULL,
	`source` text,
	`release_id` integer,
	FOREIGN KEY (`indicator`) REFERENCES `indicators`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_indicator_year_scope_unique` ON `targets` (`indicator`,`year`,`scope`);