-- Cluster mode (gongkai.cluster.enabled): what several nodes on one database share. The tables exist in every
-- database so a node can be switched over without a migration; a single node leaves them empty.

-- Scheduled jobs run once per cluster: ShedLock's lock row per job (times are the database's).
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint shedlock_pk primary key (name)
);

-- Sessions shared by the nodes (Spring Session JDBC, its default table names).
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Rate-limit buckets counted across the nodes (Bucket4j's state per key; expires_at in epoch milliseconds,
-- after which the bucket has refilled and the row may go).
create table plat_rate_limit (
    id varchar(200) not null,
    state bytea,
    expires_at bigint,
    constraint plat_rate_limit_pk primary key (id)
);
create index plat_rate_limit_expiry on plat_rate_limit (expires_at);
