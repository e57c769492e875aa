-- The member directory now searches a Lucene index kept beside the application (see
-- MemberSearchIndex): the FULLTEXT index it replaces only cost writes. The index catches up with
-- rows whose updated_at moved, so that column gets an index of its own.

DROP INDEX ft_member_search ON member;
CREATE INDEX ix_member_updated_at ON member (updated_at);
