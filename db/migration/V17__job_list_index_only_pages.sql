-- Deep pages (issue 16): the list picks a page's ids first (JobListQuery, a deferred join), and an OFFSET of 49,950
-- then walks index entries. That walk is an index-only scan only when every column the inner query reads is in the
-- index. The default order (newest activity first) used jobs_list_updated_idx, which is not partial (so "Show
-- deleted" is fast too) and so had to read every skipped row from the table to test deleted_at: page 1,000 took
-- 130-170 ms. Carrying deleted_at in the index lets the same index answer both views without touching the table.
DROP INDEX jobs_list_updated_idx;
CREATE INDEX jobs_list_updated_idx ON jobs (company_id, updated_at DESC, id DESC) INCLUDE (deleted_at);

-- An index-only scan still visits the table for pages the visibility map does not mark all-visible, i.e. pages
-- with rows changed since the last VACUUM. Batch edits change tens of thousands of jobs at once, and the default
-- thresholds (20 % of the table) would leave a million-job table unvacuumed for 200,000 changes: deep pages would
-- then read the table again. Vacuum (and analyze: the list's "about N" totals come from the planner's estimates)
-- after a few thousand changed jobs instead.
ALTER TABLE jobs SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 2000,
                      autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_insert_threshold = 2000,
                      autovacuum_analyze_scale_factor = 0.005, autovacuum_analyze_threshold = 2000);
