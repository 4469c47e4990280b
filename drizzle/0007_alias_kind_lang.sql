ALTER TABLE `region_aliases` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `region_aliases` ADD `lang` text;