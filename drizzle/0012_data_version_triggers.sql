-- meta.data_version changes with every change to the data answers and
-- reference data are read from, made by SQLite itself: a writer (the bot, a
-- CLI import on the same file, a hand-made fix) cannot forget it, and caches
-- compare it to know that what they hold is still what the database says.
-- It counts rows changed, so only "changed or not" means anything.
INSERT OR IGNORE INTO `meta` (`key`, `value`) VALUES ('data_version', '0');
--> statement-breakpoint
CREATE TRIGGER `regions_insert_data_version` AFTER INSERT ON `regions`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `regions_update_data_version` AFTER UPDATE ON `regions`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `regions_delete_data_version` AFTER DELETE ON `regions`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_aliases_insert_data_version` AFTER INSERT ON `region_aliases`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_aliases_update_data_version` AFTER UPDATE ON `region_aliases`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_aliases_delete_data_version` AFTER DELETE ON `region_aliases`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicators_insert_data_version` AFTER INSERT ON `indicators`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicators_update_data_version` AFTER UPDATE ON `indicators`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicators_delete_data_version` AFTER DELETE ON `indicators`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `releases_insert_data_version` AFTER INSERT ON `releases`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `releases_update_data_version` AFTER UPDATE ON `releases`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `releases_delete_data_version` AFTER DELETE ON `releases`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_insert_data_version` AFTER INSERT ON `observations`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_update_data_version` AFTER UPDATE ON `observations`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_delete_data_version` AFTER DELETE ON `observations`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `targets_insert_data_version` AFTER INSERT ON `targets`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `targets_update_data_version` AFTER UPDATE ON `targets`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `targets_delete_data_version` AFTER DELETE ON `targets`
BEGIN
  INSERT INTO `meta` (`key`, `value`) VALUES ('data_version', '1')
  ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1;
END;
