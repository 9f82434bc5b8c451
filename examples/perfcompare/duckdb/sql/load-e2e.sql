-- End to end (files → results): the reference data, posts and areas, is
-- read into tables; the workers file is not loaded but scanned by the
-- query of results.sql itself, through a view. read_json detects the
-- columns and their types (nested lists of structs included) from the
-- files, as a user typing these lines would let it.
-- @DIR@ is replaced by the folder of the data files.
CREATE TABLE posts AS SELECT * FROM read_json('@DIR@/posts.jsonl', format = 'newline_delimited');
CREATE TABLE areas AS SELECT * FROM read_json('@DIR@/areas.jsonl', format = 'newline_delimited');
CREATE VIEW workers AS SELECT * FROM read_json('@DIR@/workers.jsonl', format = 'newline_delimited');
