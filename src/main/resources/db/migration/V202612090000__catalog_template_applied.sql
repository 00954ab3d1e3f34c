-- Which version of the standard catalogue template each agency level's catalogues were brought up to date with
-- (CatalogManagement.addNewStandardColumns): a start after the template gained columns adds them to existing
-- catalogues once; a start with the same template reads one row per level and does nothing more.
create table cat_template_applied (
    agency_level varchar(20) primary key,
    digest varchar(64) not null,
    applied_at timestamp with time zone not null
);
