-- A referral may point at an entry of the social map (its target name is copied at the time of the
-- referral, as before). The link is no personal data and stays after the referral's text is removed,
-- so referrals can be counted per organisation.
alter table referral add column social_map_entry_id uuid references social_map_entry (id);

create index referral_social_map_entry on referral (social_map_entry_id);
