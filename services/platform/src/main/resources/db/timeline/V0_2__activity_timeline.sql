-- The activity timeline (platform, dk.samspil.platform.activity.timeline): what each followed aggregate looks like
-- after the last event applied, and every change of a counter with the time of the event that made it.
CREATE TABLE timeline_entity (
    entity_id VARCHAR(255) PRIMARY KEY,
    sequence  BIGINT       NOT NULL,
    state     TEXT         NOT NULL
);

-- district_code NULL: the country; municipality_code NULL: the district as a whole.
CREATE TABLE timeline_change (
    id                BIGSERIAL    PRIMARY KEY,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    district_code     VARCHAR(4),
    municipality_code VARCHAR(4),
    metric            VARCHAR(300) NOT NULL,
    amount            BIGINT       NOT NULL
);

CREATE INDEX timeline_change_occurred_at ON timeline_change (occurred_at);
