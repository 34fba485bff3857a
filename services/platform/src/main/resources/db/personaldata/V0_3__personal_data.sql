-- Staff personal data is sealed with a key per person (crypto-shredding): deleting the key erases every value sealed
-- with it, in the event store as in any copy. The person is found by a keyed hash of organisation and e.g. e-mail;
-- the value itself is never stored here.
create table personal_data_subject
(
    subject_id  uuid primary key,
    lookup_hash varchar(64) not null unique,
    created_at  timestamp with time zone not null default now(),
    erased_at   timestamp with time zone
);

create table personal_data_key
(
    subject_id uuid primary key references personal_data_subject (subject_id),
    secret     bytea not null
);
