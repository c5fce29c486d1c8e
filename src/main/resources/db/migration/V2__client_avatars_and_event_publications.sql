-- A client's picture, fetched from the platform once and kept in our file storage.
alter table clients add column avatar_key text;

-- Spring Modulith's event publication registry: side effects that run after a commit
-- (such as fetching an avatar) are recorded here first, so a failed one is not lost.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
