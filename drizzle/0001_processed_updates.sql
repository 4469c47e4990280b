CREATE TABLE `processed_updates` (
	`update_id` integer PRIMARY KEY NOT NULL,
	`received_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
