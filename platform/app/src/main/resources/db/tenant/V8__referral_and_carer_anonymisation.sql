-- Referrals and carers take part in retention (dataprotection SPI): their personal free text is
-- removed when the resident is anonymised or when their own retention ends, while the row stays
-- for the statistics (kind, status, dates, village) and the municipality's accounting (who was
-- appreciated in which year, counted, with the date and form of the consent). anonymised_at says
-- when the text went. A row that is not anonymised still holds everything it was created with,
-- so the complete-consent rule of a referral or appreciation keeps holding for every live row.

alter table referral
    add column anonymised_at timestamptz,
    alter column target_name_enc drop not null,
    alter column consent_what_enc drop not null,
    alter column consent_recipient_enc drop not null,
    add constraint referral_text_until_anonymised check (anonymised_at is not null
        or (target_name_enc is not null and consent_what_enc is not null and consent_recipient_enc is not null));

-- what the referral retention looks for: closed referrals with text, by the day they were closed
create index referral_text_retention on referral (status_on) where anonymised_at is null;

-- A carer who is a known resident keeps resident_id, so the rule "a resident or a name" still holds.
alter table carer
    add column anonymised_at timestamptz;

alter table carer_appreciation
    add column anonymised_at timestamptz,
    alter column name_enc drop not null,
    alter column postal_address_enc drop not null,
    alter column consent_what_enc drop not null,
    alter column consent_recipient_enc drop not null,
    add constraint carer_appreciation_text_until_anonymised check (anonymised_at is not null
        or (name_enc is not null and postal_address_enc is not null and consent_what_enc is not null
            and consent_recipient_enc is not null));
