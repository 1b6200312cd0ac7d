-- The village's name in public addresses (/publiek/{municipality}/{slug}): lower-case letters,
-- digits and hyphens, unique per municipality, and kept when the village is renamed, so that a
-- link on a flyer or in a newsletter keeps working.
alter table village add column slug varchar(90);

-- Existing villages: letters without accents, every other run of characters one hyphen; a name that
-- would give a slug already taken gets -2, -3, … in creation order.
with derived as (
    select id, created_at,
           coalesce(nullif(trim(both '-' from regexp_replace(lower(translate(name,
               'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿÇçÑñ',
               'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuYyyCcNn')), '[^a-z0-9]+', '-', 'g')), ''),
                    'dorp') as base
    from village
), numbered as (
    select id, base, row_number() over (partition by base order by created_at, id) as n from derived
)
update village v
set slug = case when numbered.n = 1 then numbered.base else numbered.base || '-' || numbered.n end
from numbered
where numbered.id = v.id;

alter table village alter column slug set not null;
alter table village add constraint village_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
create unique index village_slug_unique on village (slug);
