CREATE INDEX changes_created ON changes (created_at);
