-- The day the municipality closed the intake's zaak (its einddatum, or the day its last statustype
-- was set), as read back from the case system (delivery module). A closed zaak is no longer polled:
-- nothing more happens to it, and polling it would cost the case system a request per intake every
-- round for as long as Naober keeps the delivery. A notification can still reopen it (ZGW allows a
-- new, non-final status after the final one), which clears the day again. No personal data.
alter table intake_delivery add column case_closed_on date;

-- the polling query: delivered ZGW cases that are still open
create index intake_delivery_open_cases on intake_delivery (case_status_at)
    where status = 'DELIVERED' and channel = 'ZGW' and case_closed_on is null;
