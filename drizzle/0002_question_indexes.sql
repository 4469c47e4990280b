DROP INDEX `observations_indicator_region_idx`;--> statement-breakpoint
CREATE INDEX `observations_region_indicator_idx` ON `observations` (`region_code`,`indicator`);--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent_code`);