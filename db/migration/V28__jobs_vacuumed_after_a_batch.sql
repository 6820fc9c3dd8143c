-- Vacuum and analyze the jobs table once 2 % of its rows changed, not PostgreSQL's default 20 %. The list's pages are
-- index-only scans: they skip the table only for pages the visibility map marks all-visible, and every changed row
-- clears its page's mark until a vacuum sets it again. After a batch that changed 100,000 of a million jobs, page
-- 1,000 took 54 ms of database time (617 ms cold, 51,534 rows read from the table) instead of 17, and with the
-- default no autovacuum came at all (100,000 dead rows, below the 200,000 it waits for). With 2 %, autovacuum started
-- within its one-minute nap and was done 70 s later; page 1,000 was back to 11-16 ms. Inserted rows count the same way
-- (an import of many jobs).
ALTER TABLE jobs SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
                      autovacuum_analyze_scale_factor = 0.02);
