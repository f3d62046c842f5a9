-- Bucket4j token buckets of the API rate limits (#15), per token/person and per client address,
-- shared by every instance like login_rate_limits.
create table api_rate_limits (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);
create index api_rate_limits_expires_idx on api_rate_limits (expires_at);
