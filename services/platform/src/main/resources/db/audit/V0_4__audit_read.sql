-- Who read restricted data (coordinator contact data, concern details, the audit log itself), when and for what
-- purpose. Changes need no table of their own: the event store names who made each. The service only ever appends
-- here; the trigger refuses every UPDATE, DELETE and TRUNCATE, whoever sends it, so no code path and no API can
-- rewrite what was read.
create table audit_read
(
    id                 bigint generated always as identity primary key,
    at                 timestamp with time zone not null,
    service            varchar(100)             not null,
    subject_type       varchar(50)              not null,
    subject_id         varchar(255)             not null,
    actor_id           varchar(255)             not null,
    actor_organisation varchar(255),
    purpose            varchar(200)             not null,
    correlation_id     varchar(64),
    request            varchar(2000)
);

create index audit_read_subject_at on audit_read (subject_id, at);

create function audit_read_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_read is append-only: % is refused', tg_op using errcode = 'restrict_violation';
end;
$$;

create trigger audit_read_append_only
    before update or delete or truncate
    on audit_read
    for each statement
execute function audit_read_is_append_only();
