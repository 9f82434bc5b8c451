-- Aggregation stage: every file is loaded once into an in-memory table,
-- every column, the nested lists as read_json gives them; results.sql
-- then runs over the tables once per round.
-- @DIR@ is replaced by the folder of the data files.
CREATE TABLE posts AS SELECT * FROM read_json('@DIR@/posts.jsonl', format = 'newline_delimited');
CREATE TABLE areas AS SELECT * FROM read_json('@DIR@/areas.jsonl', format = 'newline_delimited');
CREATE TABLE workers AS SELECT * FROM read_json('@DIR@/workers.jsonl', format = 'newline_delimited');
