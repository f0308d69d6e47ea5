-- The bounded first cut (scanCandidates): the first p_limit published entries of one community, in
-- id order, whose search vector matches p_query; the same rows FTS5 yields on SQLite.
--
-- Written as one query, `... WHERE search @@ q ORDER BY id LIMIT n` leaves the choice of plan to
-- estimates. For a word the statistics do not list (rare, or in no entry at all: the concept probes
-- ask exactly those) the planner guesses a few hundred matches and walks the primary key, testing
-- every row: 250-350 ms at 100,000 entries when the word is in none, several times per message.
-- Forcing the GIN bitmap instead costs as much the other way round: a broad any-word query matches
-- most rows, and the bitmap must read and sort them all.
--
-- So the function asks in two steps whose cost does not depend on estimates:
--   1. test only the community's first 50 * p_limit published entries (in id order, from the
--      partial index below). Common words fill the limit here, after a few hundred rows.
--   2. if that did not fill it, the matches are sparse: take the rest from the GIN bitmap, which
--      costs what the posting lists hold, and only after the prefix, so no row comes twice.
CREATE INDEX IF NOT EXISTS faq_entries_community_published_id_idx
  ON faq_entries (community_id, id) WHERE status = 'published';
--> statement-breakpoint
CREATE FUNCTION gigdesk_sparse_matches(p_community text, p_query tsquery, p_after_id integer, p_limit integer)
RETURNS SETOF faq_entries
LANGUAGE sql
STABLE
SET enable_seqscan = off
SET enable_indexscan = off
AS $$
  SELECT * FROM faq_entries
  WHERE community_id = p_community AND status = 'published' AND search @@ p_query AND id > p_after_id
  ORDER BY id
  LIMIT p_limit
$$;
--> statement-breakpoint
CREATE FUNCTION gigdesk_first_matches(p_community text, p_query tsquery, p_limit integer)
RETURNS SETOF faq_entries
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
  prefix_size constant integer := p_limit * 50;
  prefix_end integer;
  found_in_prefix integer;
BEGIN
  SELECT max(prefix.id) INTO prefix_end FROM (
    SELECT id FROM faq_entries
    WHERE community_id = p_community AND status = 'published'
    ORDER BY id LIMIT prefix_size
  ) AS prefix;
  IF prefix_end IS NULL THEN
    RETURN;
  END IF;
  RETURN QUERY
    SELECT * FROM faq_entries
    WHERE community_id = p_community AND status = 'published' AND id <= prefix_end AND search @@ p_query
    ORDER BY id
    LIMIT p_limit;
  GET DIAGNOSTICS found_in_prefix = ROW_COUNT;
  IF found_in_prefix < p_limit THEN
    RETURN QUERY SELECT * FROM gigdesk_sparse_matches(p_community, p_query, prefix_end, p_limit - found_in_prefix);
  END IF;
END;
$$;
