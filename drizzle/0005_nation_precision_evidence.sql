PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	FOREIGN KEY (`parent_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "regions_level_check" CHECK(level IN ('nation', 'province', 'regency', 'city'))
);
--> statement-breakpoint
INSERT INTO `__new_regions`("code", "name", "level", "parent_code") SELECT "code", "name", "level", "parent_code" FROM `regions`;--> statement-breakpoint
DROP TABLE `regions`;--> statement-breakpoint
ALTER TABLE `__new_regions` RENAME TO `regions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent_code`);--> statement-breakpoint
ALTER TABLE `indicators` ADD `service_id` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `service_en` text;--> statement-breakpoint
ALTER TABLE `observations` ADD `count` integer;--> statement-breakpoint
ALTER TABLE `observations` ADD `evidence` text;--> statement-breakpoint
ALTER TABLE `releases` ADD `as_of_precision` text DEFAULT 'day' NOT NULL;