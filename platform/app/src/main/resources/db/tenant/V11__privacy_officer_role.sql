-- The privacy officer (privacyfunctionaris) is a colleague of the municipality too: the only role
-- that reads the audit log of personal data.
alter table member drop constraint member_role_check;
alter table member add constraint member_role_check check (role in ('municipal-admin', 'supporter', 'sounding-board',
                                                                    'wmo-consultant', 'policy-officer',
                                                                    'privacy-officer'));
