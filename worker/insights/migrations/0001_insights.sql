-- Insights: one row per answered message and one per vote. Applied by `wrangler d1 migrations apply DB`
-- (and by the workerd tests' setup). What is kept and why: docs/PRIVACY.md.

CREATE TABLE answers (
  -- The id /api/ask returns and /api/feedback takes back as answerId (bots: derived from the platform's MsgId,
  -- so a platform retry of the same message is not counted twice).
  id TEXT PRIMARY KEY,
  -- Milliseconds since the epoch (UTC).
  at INTEGER NOT NULL,
  channel TEXT NOT NULL,
  -- The asker's script: 'hans' or 'hant'.
  script TEXT NOT NULL,
  intent TEXT NOT NULL,
  found INTEGER NOT NULL,
  confidence REAL NOT NULL,
  -- The cited passage ids, as a JSON array (read with json_each).
  citations TEXT NOT NULL,
  -- The passage nearest to a question that was not (or not surely) answered: the owner's lead for what is missing.
  nearest TEXT,
  latency_ms INTEGER NOT NULL,
  -- Only when the question was not found, answered with low confidence, or voted down; at most 200 characters.
  question TEXT
) STRICT;

CREATE INDEX answers_at ON answers (at);

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  -- NULL when the vote came without an answerId (or with one no longer kept).
  answer_id TEXT REFERENCES answers (id) ON DELETE CASCADE,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  reason TEXT CHECK (reason IN ('wrong', 'incomplete', 'not_found', 'other')),
  -- The passage the voted answer cited first.
  passage TEXT
) STRICT;

CREATE INDEX feedback_at ON feedback (at);
CREATE INDEX feedback_answer ON feedback (answer_id);
